import Crypto
import JixiaoModel

/// `document.json`: the current document and the journal position it reflects, so a
/// crash between appending to the journal and saving the document can be rolled
/// forward, and a cut journal detected; and a checksum of the file itself, so a
/// document.json changed outside Jixiao is noticed before anything is journaled over it.
public struct StoredDocument: Codable, Equatable, Sendable {
    public static let currentFormat = 1

    public var formatVersion: Int
    public var journal: JournalPosition
    public var document: Document
    /// SHA-256 of the file's bytes with this value written as 64 zeros. Absent in files
    /// written before it was introduced (they are checked by `log --verify`'s replay only).
    public var checksum: String?

    public init(formatVersion: Int = StoredDocument.currentFormat, journal: JournalPosition, document: Document) {
        self.formatVersion = formatVersion
        self.journal = journal
        self.document = document
    }

    /// `document.json`'s bytes decoded: by `DocumentJSONParser` when they are what Jixiao
    /// writes, by JSONDecoder (and its errors) otherwise.
    public static func decode(_ bytes: [UInt8]) throws -> StoredDocument {
        if let stored = DocumentJSONParser.parse(bytes) { return stored }
        return try StableJSON.decode(StoredDocument.self, from: bytes)
    }

    /// The file's bytes: pretty JSON, sorted keys (`checksum` first), with its checksum.
    public func encoded() throws -> [UInt8] {
        Self.withChecksum(try encodedWithoutChecksum())
    }

    /// The file with its checksum written as 64 zeros.
    func encodedWithoutChecksum() throws -> [UInt8] {
        var blank = self
        blank.checksum = Hashing.genesis
        return try Self.pretty(blank)
    }

    /// `StableJSON.pretty(stored)`'s bytes, written by hand where it can (see
    /// `DocumentJSONWriter`), by JSONEncoder where it cannot.
    static func pretty(_ stored: StoredDocument) throws -> [UInt8] {
        do {
            return try DocumentJSONWriter.encode(stored)
        } catch {
            return try StableJSON.pretty(stored)
        }
    }

    /// `bytes` (written with the checksum as 64 zeros) with their checksum in its place.
    static func withChecksum(_ bytes: consuming [UInt8]) -> [UInt8] {
        // Taken over, not copied: the digest is written over the zeros in place (a copy of
        // the whole file and a `replaceSubrange` were ~60 K instructions a document).
        var bytes = bytes
        let digest = Hashing.sha256(bytes)
        guard let at = Self.firstRange(of: Array(Hashing.genesis.utf8), in: bytes) else { return bytes }
        bytes.withUnsafeMutableBufferPointer { b in
            var k = at.lowerBound
            for c in digest.utf8 {
                b[k] = c
                k += 1
            }
        }
        return bytes
    }

    /// Whether `bytes` (the file this was decoded from) are what Jixiao wrote: nil when the
    /// file has no checksum.
    public func checksumMatches(_ bytes: [UInt8]) -> Bool? {
        guard let checksum else { return nil }
        return Self.checksumMatches(checksum, bytes)
    }

    /// Whether `checksum` is that of `bytes`: the SHA-256 of the file with its first
    /// occurrence written as 64 zeros. Hashed in three pieces (before, the zeros, after)
    /// rather than of a blanked copy of the file.
    static func checksumMatches(_ checksum: String, _ bytes: [UInt8]) -> Bool {
        let value = Array(checksum.utf8)
        guard value.count == 64, let at = Self.firstRange(of: value, in: bytes) else { return false }
        var hash = SHA256()
        bytes.withUnsafeBufferPointer { b in
            hash.update(bufferPointer: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: b[..<at.lowerBound])))
            Array(Hashing.genesis.utf8).withUnsafeBytes { hash.update(bufferPointer: $0) }
            hash.update(bufferPointer: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: b[at.upperBound...])))
        }
        return Hashing.hex(hash.finalize()) == checksum
    }

    static func firstRange(of needle: [UInt8], in bytes: [UInt8]) -> Range<Int>? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var i = 0
        while i <= bytes.count - needle.count {
            if bytes[i] == first && bytes[i..<(i + needle.count)].elementsEqual(needle) { return i..<(i + needle.count) }
            i += 1
        }
        return nil
    }
}

/// The last journal line a document reflects: its number and its hash.
public struct JournalPosition: Codable, Equatable, Sendable {
    public var seq: Int
    public var head: String

    public init(seq: Int, head: String) {
        self.seq = seq
        self.head = head
    }

    /// Before the first line: where an import starts.
    public static let start = JournalPosition(seq: 0, head: Hashing.genesis)
}
