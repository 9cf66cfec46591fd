import JixiaoModel

/// Each project's part of `document.json` as last written, so a save after an edit encodes
/// only the projects that changed (one, after an edit) and splices the others' bytes in:
/// at 1,300 projects encoding the whole document was most of a save. The file is the same,
/// byte for byte, as `StoredDocument.encoded()` writes (tested).
public struct ProjectEncodings: Sendable {
    private var projects: [Project] = []
    private var bytes: [[UInt8]] = []

    public init() {}

    /// Where the projects go in the file: the document's `projects` key, two levels in,
    /// with the empty array's blank line that the encoder writes.
    static let emptyProjects = Array("\n    \"projects\" : [\n\n    ]".utf8)
    /// A project is an element of that array: three levels in.
    static let indent = Array("      ".utf8)

    /// `stored` as `StoredDocument.encoded()` would write it, reusing what is unchanged.
    mutating func encoded(_ stored: StoredDocument) throws -> [UInt8] {
        var shell = stored
        shell.document.projects = []
        var outline = try shell.encodedWithoutChecksum()
        guard let at = StoredDocument.firstRange(of: Self.emptyProjects, in: outline) else { return try stored.encoded() }
        var list: [UInt8] = Array("\n    \"projects\" : [\n".utf8)
        var projects: [Project] = [], encodings: [[UInt8]] = []
        for (k, p) in stored.document.projects.enumerated() {
            let element: [UInt8]
            if k < self.projects.count, self.projects[k] == p {
                element = bytes[k]
            } else {
                element = Self.indent + DocumentJSONWriter.encode(project: p, depth: 3)
            }
            if k > 0 { list += Array(",\n".utf8) }
            list += element
            projects.append(p)
            encodings.append(element)
        }
        list = stored.document.projects.isEmpty ? Self.emptyProjects : list + Array("\n    ]".utf8)
        outline.replaceSubrange(at, with: list)
        self.projects = projects
        self.bytes = encodings
        return StoredDocument.withChecksum(outline)
    }
}
