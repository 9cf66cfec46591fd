import Foundation
import JixiaoModel
import JixiaoTestSupport
import Testing
@testable import JixiaoText

/// The text export read again gives the document it was written from: every damaged text
/// of `ReaderMutationTests` that reads is written (`DocumentWriter.write`, what
/// `jixiao export --format text` writes) and read again, and the two documents are
/// compared field by field (`ExportRoundTrip.differences`), source lines aside. Where they
/// differ (a damaged text no text says unambiguously), the export says so on its first line.
///
/// `JIXIAO_READER_FUZZ=20000` (with `JIXIAO_READER_FUZZ_SEED`, `JIXIAO_READER_FUZZ_DEPTH`
/// as for `ReaderMutationTests`) runs that many mutants and prints the figures:
/// `JIXIAO_READER_FUZZ=20000 swift test --skip-build --filter ExportRoundTripMutationTests`.
@Suite struct ExportRoundTripMutationTests {
    /// The sample and the corpus texts as they are: every field read back, and no note.
    @Test func theOriginalsRoundTrip() throws {
        for (name, lines) in ReaderMutationTests.originals {
            let document = try ImportedText.read(Array((lines.joined(separator: "\n") + "\n").utf8)).document
            let differences = ExportRoundTrip.differences(of: document)
            #expect(differences.isEmpty, "\(name): \(differences.map { "\($0.field): \($0.detail)" })")
            #expect(DocumentWriter.export(document) == DocumentWriter.write(document), "\(name)")
        }
    }

    @Test func mutantsThatReadRoundTripOrTheExportSaysWhere() {
        var random = MutationRandom(seed: ReaderMutationTests.seed)
        var read = 0, same = 0, noted = 0
        var causes: [String: Int] = [:], examples: [String: String] = [:]
        for n in 0..<ReaderMutationTests.mutantCount {
            let (name, lines, done) = ReaderMutationTests.mutant(&random)
            let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
            guard let document = try? ImportedText.read(bytes).document else { continue }
            read += 1
            let what = "mutant \(n) (seed \(ReaderMutationTests.seed)) of \(name): \(done.joined(separator: "; "))"
            let differences = ExportRoundTrip.differences(of: document)
            let export = DocumentWriter.export(document)
            guard !differences.isEmpty else {
                same += 1
                #expect(export == DocumentWriter.write(document), "\(what): a note on an export that reads back")
                continue
            }
            // What cannot be printed so it reads back is said on the export's first line,
            // and the note changes nothing of what the text reads as.
            noted += 1
            #expect(export.hasPrefix("【再次导入时将与本文档不同"), "\(what): \(differences.map { "\($0.field): \($0.detail)" }.joined(separator: " | ").prefix(600))")
            let withNote = (try? ImportedText.read(Array(export.utf8)).document).map(ExportRoundTrip.comparable)
            let without = (try? ImportedText.read(Array(DocumentWriter.write(document).utf8)).document).map(ExportRoundTrip.comparable)
            #expect(withNote == without, "\(what): the note changed the reading")
            for d in Set(differences.map(\.field)) {
                causes[d, default: 0] += 1
                if examples[d] == nil { examples[d] = "\(what): \(differences.first { $0.field == d }!.detail)" }
            }
        }
        if ProcessInfo.processInfo.environment["JIXIAO_READER_FUZZ"] != nil {
            print("ExportRoundTripMutationTests: seed \(ReaderMutationTests.seed), \(ReaderMutationTests.mutantCount) mutants: \(read) read, \(same) round-trip, \(noted) exported with a note")
            for (cause, count) in causes.sorted(by: { $0.value > $1.value }) {
                print("  \(count)\t\(cause)\t\(examples[cause]!.prefix(400))")
            }
        }
        #expect(read > 0)
    }
}
