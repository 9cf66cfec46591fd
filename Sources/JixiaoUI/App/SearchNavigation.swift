import JixiaoTextLayout

/// After a search, n and N go through its places (as in less and vim), opening each, until
/// Esc ends the search; `/` offers the query again.
enum SearchNavigation {
    /// Shows place `k` of `hits` for `query`, and says which it is.
    static func go(_ s: inout AppState, query: String, hits: [SearchHit], to k: Int, note: String = "") {
        s.lastSearch = query
        s.searchMatch = k
        s.onlyWithFindings = false
        ProjectScreen.show(&s, project: hits[k].project, at: hits[k].item)
        s.message = note + "“\(query)”：第 \(k + 1)/\(hits.count) 处"
    }

    static func step(_ s: inout AppState, by step: Int) {
        guard let query = s.lastSearch, let current = s.searchMatch else { return }
        let hits = Search.hits(s.document, query)
        guard !hits.isEmpty else {
            s.searchMatch = nil
            s.message = "文档里已没有“\(query)”，搜索结束：n/N 回到问题"
            return
        }
        var k = current + step
        var note = ""
        if k >= hits.count { k = 0; note = "已回到第一处。" }
        if k < 0 { k = hits.count - 1; note = "已到最后一处。" }
        go(&s, query: query, hits: hits, to: k, note: note)
    }

    /// Esc after a search: n and N go back to the findings.
    static func end(_ s: inout AppState) {
        s.searchMatch = nil
        s.message = "搜索结束：n/N 回到问题"
    }
}

extension Buffer {
    /// Marks where `query` occurs on `rows`, as the search compares (blanks and letter
    /// case ignored), so the reviewer sees why a row was found.
    mutating func highlight(_ query: String, rows: Range<Int>) {
        // With `--ascii` the screen holds `>=` where the text has `≥`.
        let q = Array(Search.normalize(DisplayWidth.drawingASCII ? ASCIIStandIns.drawn(query) : query))
        guard !q.isEmpty else { return }
        for y in rows where y >= 0 && y < height {
            // The row's characters as the search sees them, each with its cell.
            var chars: [(Character, x: Int, width: Int)] = []
            for x in 0..<width {
                let cell = self[x, y]
                guard cell.width > 0 else { continue }
                for c in Search.normalize(cell.symbol) { chars.append((c, x, cell.width)) }
            }
            guard chars.count >= q.count else { continue }
            var i = 0
            while i <= chars.count - q.count {
                if (0..<q.count).allSatisfy({ chars[i + $0].0 == q[$0] }) {
                    let start = chars[i].x
                    let end = chars[i + q.count - 1].x + chars[i + q.count - 1].width
                    restyle(x: start, y: y, width: end - start) { style in
                        style.role = .match
                        style.bold = true
                        style.underline = true
                    }
                    i += q.count
                } else {
                    i += 1
                }
            }
        }
    }
}
