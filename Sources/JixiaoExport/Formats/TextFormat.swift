import JixiaoModel
import JixiaoText

/// The document in the original 绩效文本 layout, written by `DocumentWriter`: it reads
/// back as the same document. A draft says so on its first line, as does an export that
/// would not read back as the document (`DocumentWriter.export`: a document read from a
/// damaged text that no text says unambiguously).
public struct TextFormat: ExportFormat {
    public init() {}

    public var id: String { "text" }
    public var title: String { "原绩效文本版式" }
    public var fileExtension: String { "txt" }
    public var kind: ExportKind { .document }

    public func render(_ input: ExportInput) -> [UInt8] {
        Array(DocumentWriter.export(input.document, draftNote: input.draftNote).utf8)
    }
}
