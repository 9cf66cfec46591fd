import JixiaoModel

/// A reviewer's file read as a document: the document, the UTF-8 text it was read from —
/// what the workspace keeps as `source.txt` and every later reading starts from — and the
/// encoding the file was in when it had to be converted (`SourceEncoding`).
public struct ImportedText: Sendable {
    public var document: Document
    public var source: [UInt8]
    /// `GB18030` or `UTF-16`; nil for a UTF-8 file.
    public var convertedFrom: String?

    /// Reads `bytes` as they are; only a file refused as they are is tried in another
    /// encoding (so a UTF-8 file costs nothing more), and a file that does not convert
    /// keeps its first refusal, which names the line and says how to convert it.
    public static func read(_ bytes: [UInt8]) throws(ReadError) -> ImportedText {
        do {
            return ImportedText(document: try DocumentReader.read(bytes: bytes), source: bytes, convertedFrom: nil)
        } catch {
            let converted = SourceEncoding.utf8(bytes)
            guard let from = converted.convertedFrom else {
                throw SpaceSeparatedCells.explained(SourceEncoding.explained(error, bytes), bytes)
            }
            do {
                return ImportedText(document: try DocumentReader.read(bytes: converted.bytes), source: converted.bytes, convertedFrom: from)
            } catch {
                throw SpaceSeparatedCells.explained(error, converted.bytes)
            }
        }
    }
}
