import Foundation
import Testing

/// Headless Chromium (Debian's `chromium`, installed by `.ci/run`) and poppler's
/// `pdfinfo`/`pdftotext`: an HTML export as a browser lays it out and prints it.
enum Browser {
    static func tool(_ name: String) -> String? {
        for dir in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: dir + "/" + name) {
            return dir + "/" + name
        }
        return nil
    }

    /// The tools, or nil — a failure in CI, which installs them; elsewhere the test says
    /// why it did not look and passes.
    static func available(sourceLocation: SourceLocation = #_sourceLocation) -> (chromium: String, pdfinfo: String, pdftotext: String)? {
        if let c = tool("chromium"), let i = tool("pdfinfo"), let t = tool("pdftotext") { return (c, i, t) }
        let why = "chromium, pdfinfo and pdftotext are needed (apt-get install chromium poppler-utils)"
        if Reader.isCI {
            Issue.record(Comment(rawValue: why), sourceLocation: sourceLocation)
        } else {
            print("skipped: \(why)")
        }
        return nil
    }

    static func flags(_ profile: String) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--mute-audio",
         "--user-data-dir=" + profile, "--no-pdf-header-footer"]
    }

    /// Prints `html` to PDF as a reader's browser would (A4 from the page's own @page).
    static func printToPDF(_ chromium: String, html: String, pdf: String, profile: String) throws {
        _ = try Reader.run(chromium, flags(profile) + ["--print-to-pdf=" + pdf, "file://" + html])
    }

    /// The page after its scripts ran, laid out `width` CSS pixels wide (A4's printable
    /// width): what a script in the page found.
    static func dumpDOM(_ chromium: String, html: String, width: Int, profile: String) throws -> String {
        try Reader.run(chromium, flags(profile) + ["--window-size=\(width),1200", "--virtual-time-budget=5000",
                                                   "--dump-dom", "file://" + html])
    }

    /// The text of each page of a PDF.
    static func pages(_ pdftotext: String, pdf: String) throws -> [String] {
        let text = try Reader.run(pdftotext, ["-layout", "-enc", "UTF-8", pdf, "-"])
        var pages = text.components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    static func pageCount(_ pdfinfo: String, pdf: String) throws -> Int {
        let info = try Reader.run(pdfinfo, [pdf])
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) ?? 0
    }

    /// A script that reports, into `<pre id="jixiao-check">`, every table cell whose
    /// content is wider than the cell and every table wider than the page.
    static let overflowCheck = """
    <script>
    window.addEventListener('load', () => {
      const bad = [];
      const body = document.body.clientWidth;
      for (const cell of document.querySelectorAll('td, th')) {
        if (cell.scrollWidth > cell.clientWidth + 1) bad.push('cell: ' + cell.textContent.slice(0, 40));
      }
      for (const t of document.querySelectorAll('table')) {
        if (t.getBoundingClientRect().width > body + 1) bad.push('table wider than page: ' + t.className);
      }
      const out = document.createElement('pre');
      out.id = 'jixiao-check';
      out.textContent = JSON.stringify({cells: document.querySelectorAll('td, th').length, bodyWidth: body, overflow: bad});
      document.body.appendChild(out);
    });
    </script>
    """

    struct OverflowResult: Decodable {
        var cells: Int
        var bodyWidth: Double
        var overflow: [String]
    }

    /// What `overflowCheck` wrote into the dumped DOM.
    static func overflowResult(_ dom: String) throws -> OverflowResult {
        guard let start = dom.range(of: "<pre id=\"jixiao-check\">"), let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex) else {
            throw Reader.Failure(description: "the page's check did not run")
        }
        let json = String(dom[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        return try JSONDecoder().decode(OverflowResult.self, from: Data(json.utf8))
    }
}
