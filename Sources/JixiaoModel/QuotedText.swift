/// Texts quoted in a message (`“57.66 万元” → “8 万元”`), kept short enough for a status
/// line: a long quoted text (a 资金用途, a paragraph) is cut to `longest` characters with
/// `…`, and a change `“old” → “new”` is cut around where the two first differ, so what
/// changed is what shows. The whole text is in the journal and the changes view; a
/// confirmation that filled the screen had to be closed with a key, and that key was lost.
public enum QuotedText {
    /// The characters a quoted text keeps, `…` included.
    public static let longest = 30
    /// Characters kept before the first difference of a change, for context.
    static let context = 8

    /// `line` with every text between “ and ” longer than `longest` cut.
    public static func clipped(_ line: String) -> String {
        // Plain text and quoted texts, in turn: even indices plain, odd quoted.
        var parts: [[Character]] = [[]]
        for c in line {
            let inQuote = parts.count % 2 == 0
            if inQuote, c == "”" {
                parts.append([c])
            } else {
                parts[parts.count - 1].append(c)
                if !inQuote, c == "“" { parts.append([]) }
            }
        }
        if parts.count % 2 == 0 {
            // A quote left open: what came after it, as it was.
            let open = parts.removeLast()
            parts[parts.count - 1] += open
        }
        var k = 1
        while k < parts.count {
            if k + 2 < parts.count, String(parts[k + 1]) == "” → “" {
                let start = firstDifference(parts[k], parts[k + 2])
                parts[k] = cut(parts[k], from: start)
                parts[k + 2] = cut(parts[k + 2], from: start)
                k += 4
            } else {
                parts[k] = cut(parts[k], from: 0)
                k += 2
            }
        }
        return String(parts.joined())
    }

    /// Where the two first differ, less some context; 0 when both fit whole.
    static func firstDifference(_ a: [Character], _ b: [Character]) -> Int {
        guard a.count > longest || b.count > longest else { return 0 }
        var p = 0
        while p < a.count, p < b.count, a[p] == b[p] { p += 1 }
        return max(0, p - context)
    }

    /// `text` from `start` (`…` before it when it is not the beginning), at most `longest`.
    static func cut(_ text: [Character], from start: Int) -> [Character] {
        guard text.count > longest else { return text }
        let lead: [Character] = start > 0 ? ["…"] : []
        let from = min(start, text.count)
        let rest = text[from...]
        let room = longest - lead.count
        return lead + (rest.count > room ? Array(rest.prefix(room - 1)) + ["…"] : Array(rest))
    }
}
