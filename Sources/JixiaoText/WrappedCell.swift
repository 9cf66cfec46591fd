/// The pieces of one cell that were on several lines — a cell's typed line breaks in a
/// workbook, a quoted cell in text saved from Excel — put on one line as a PDF's wrapped
/// cell is: each piece trimmed, empty ones dropped, no space between Chinese characters.
/// A piece that begins with an item's number (`3. …`, `（三）…`, `目标3：…`) after one that ends
/// without a stop starts the next item of a list typed one per line: it keeps a space
/// before it, so that the list can still be told apart (`…等工作 3. …`, not `…等工作3. …`).
enum WrappedCell {
    static func join(_ pieces: [Substring]) -> String {
        var out: String?
        for piece in pieces {
            var s = piece
            while let c = s.first, c == " " || c == "\u{3000}" || c == "\r" { s.removeFirst() }
            while let c = s.last, c == " " || c == "\u{3000}" || c == "\r" { s.removeLast() }
            guard !s.isEmpty else { continue }
            let text = String(s)
            out = out.map { Self.startsItem(text, after: $0) ? $0 + " " + text : PageFurniture.join($0, text) } ?? text
        }
        return out ?? ""
    }

    static func startsItem(_ piece: String, after text: String) -> Bool {
        guard let last = text.last, !last.isPunctuation else { return false }
        return TableStarts.leadingNumber(piece) != nil || GoalList.beginsWithLabelledMarker(piece)
    }
}
