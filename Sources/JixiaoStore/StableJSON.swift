import Foundation

/// JSON as the workspace stores it: sorted keys, Chinese unescaped, so that files are
/// stable byte for byte and readable in a diff.
public enum StableJSON {
    /// Pretty-printed with a trailing newline (`document.json`, `jixiao.json`).
    public static func pretty<T: Encodable>(_ value: T) throws -> [UInt8] {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return [UInt8](try e.encode(value)) + Array("\n".utf8)
    }

    /// One line, no newline (a journal record).
    public static func line<T: Encodable>(_ value: T) throws -> [UInt8] {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try e.encode(value))
    }

    public static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try JSONDecoder().decode(type, from: Data(bytes))
    }
}
