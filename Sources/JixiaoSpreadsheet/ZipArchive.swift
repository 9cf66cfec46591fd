import CZip
import Glibc

/// A zip archive held in memory — an .xlsx workbook is one — whose parts are read by
/// name, through libzip.
final class ZipArchive {
    private let archive: OpaquePointer

    /// A part larger than this is not read: an XLSX part of a performance table is a few
    /// hundred kilobytes, and a small file that inflates to gigabytes (a zip bomb) must not
    /// take the machine's memory.
    static let largestPart = 64 * 1024 * 1024
    /// All parts read together: a workbook of many sheets each just under the limit.
    static let largestTotal = 2 * largestPart
    private var inflated = 0

    /// Nil when `bytes` are not a zip archive libzip can open.
    init?(_ bytes: [UInt8]) {
        guard !bytes.isEmpty, let copy = malloc(bytes.count) else { return nil }
        bytes.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        // libzip owns the copy from here (freep 1) and frees it with the source.
        guard let source = zip_source_buffer_create(copy, zip_uint64_t(bytes.count), 1, &error) else {
            free(copy)
            return nil
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            return nil
        }
        self.archive = archive
    }

    deinit { zip_discard(archive) }

    enum PartError: Error, Equatable { case missing, tooLarge, damaged }

    /// The bytes of the part named `name` (matched without regard to case, as Excel does).
    func part(_ name: String) throws(PartError) -> [UInt8] {
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_stat(archive, name, zip_flags_t(ZIP_FL_NOCASE), &stat) == 0 else { throw .missing }
        let declared = (stat.valid & zip_uint64_t(ZIP_STAT_SIZE)) != 0 ? Int(clamping: stat.size) : 0
        guard declared <= Self.largestPart else { throw .tooLarge }
        guard let file = zip_fopen(archive, name, zip_flags_t(ZIP_FL_NOCASE)) else { throw .damaged }
        defer { zip_fclose(file) }
        var out: [UInt8] = []
        out.reserveCapacity(declared)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress!, zip_uint64_t($0.count)) }
            if n < 0 { throw .damaged }
            if n == 0 { break }
            // The declared size is the archive's word; what inflates is counted as it comes.
            guard out.count + Int(n) <= Self.largestPart, inflated + Int(n) <= Self.largestTotal else { throw .tooLarge }
            inflated += Int(n)
            out.append(contentsOf: chunk[..<Int(n)])
        }
        return out
    }

    /// Whether the archive has a part named `name`.
    func has(_ name: String) -> Bool {
        zip_name_locate(archive, name, zip_flags_t(ZIP_FL_NOCASE)) >= 0
    }

    /// An OpenDocument package, by its `mimetype` part (the first, stored as is): true for a
    /// spreadsheet (.ods, .ots), false for a text (.odt, .ott) or another OpenDocument kind;
    /// nil for anything else.
    static func openDocumentKind(_ zip: ZipArchive) -> Bool? {
        guard zip.has("mimetype"), let bytes = try? zip.part("mimetype"), bytes.count < 200 else { return nil }
        let type = String(decoding: bytes, as: UTF8.self)
        guard type.hasPrefix("application/vnd.oasis.opendocument.") else { return nil }
        return type.hasPrefix("application/vnd.oasis.opendocument.spreadsheet")
    }
}
