import JixiaoModel
import JixiaoTextLayout

/// Text being typed, with a cursor: what a prompt and the search line edit. A value,
/// changed only by its methods, so every key can be tested without a terminal (as
/// bubbles' textinput and textarea are models). The cursor moves by Character — a
/// Chinese character or an accented letter is one step — and the view measures by
/// display column, so a wide character is never cut at an edge.
///
/// Three shapes: a single line that scrolls sideways; a paragraph that wraps over
/// several rows but has no line breaks (a table cell: 资金用途, a 绩效目标); and lines,
/// where Ctrl-J or Alt-Enter starts a new line (an opinion).
public struct LineEditor: Hashable, Sendable {
    public enum Shape: Hashable, Sendable {
        case singleLine, paragraph, lines

        /// Whether the text is shown over several rows.
        public var wraps: Bool { self != .singleLine }
        /// Whether the text may hold line breaks.
        public var allowsNewlines: Bool { self == .lines }
    }

    public private(set) var characters: [Character]
    /// Where typing goes: 0…characters.count.
    public private(set) var cursor: Int
    public let shape: Shape
    /// What is on show: for a single line the first character, for wrapped text the first
    /// row. Kept between keys so the view does not jump; `reveal` keeps the cursor in it.
    public private(set) var scroll = 0
    /// While set, the first character typed replaces the whole text (the search line
    /// offering the last query); any other key keeps the text and clears it.
    public private(set) var replacesOnTyping = false
    /// The column ↑ and ↓ aim for, kept across shorter rows.
    private var goalColumn: Int?
    /// What Ctrl-U, Ctrl-K, Ctrl-W or Alt-D last deleted, for Ctrl-Y.
    private var killed = ""

    /// `text` with the cursor at its end.
    public init(_ text: String = "", shape: Shape = .singleLine, replacesOnTyping: Bool = false) {
        self.shape = shape
        characters = Array(Self.normalizedLineBreaks(text))
        cursor = characters.count
        self.replacesOnTyping = replacesOnTyping && !characters.isEmpty
    }

    /// The characters' UTF-8 put together: `String(characters)` appends them one at a time,
    /// several times slower, and a prompt asks for its text at every key.
    public var text: String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(utf8Count)
        for c in characters { utf8.append(contentsOf: c.utf8) }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// The text's length in UTF-8 bytes.
    public var utf8Count: Int { characters.reduce(0) { $0 + $1.utf8.count } }
    public var isEmpty: Bool { characters.isEmpty }

    // MARK: - Typing

    /// How many characters typing or pasting may bring the text to: four times what may be
    /// saved (`TextLimit`), so a paste gone wrong is seen with its length and cut down. Every
    /// key lays the text out again; without a bound, 1,200,000 characters pasted where the
    /// terminal does not mark pastes took each key longer than the last (found by
    /// scripts/fuzz-workstation). A longer text given to `init` (a value as imported) is
    /// kept whole: only what is typed is bounded.
    public static let capacity = TextLimit.characters * 4

    /// Types `s` at the cursor (one character, or pasted text already cleaned). Returns how
    /// many of its characters did not fit in `capacity` and were not taken.
    @discardableResult
    public mutating func insert(_ s: String) -> Int {
        var new = Array(Self.normalizedLineBreaks(s))
        if replacesOnTyping {
            characters = []
            cursor = 0
            scroll = 0
            replacesOnTyping = false
        }
        let room = max(0, Self.capacity - characters.count)
        let refused = max(0, new.count - room)
        if refused > 0 { new.removeLast(refused) }
        characters.insert(contentsOf: new, at: cursor)
        cursor += new.count
        goalColumn = nil
        return refused
    }

    /// A key that is not typing. `width` is the text's width on screen, for ↑ and ↓.
    public mutating func apply(_ edit: TextEdit, width: Int) {
        replacesOnTyping = false
        if edit != .up && edit != .down { goalColumn = nil }
        switch edit {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .wordLeft: cursor = wordStart(before: cursor)
        case .wordRight: cursor = wordEnd(after: cursor)
        case .lineStart: cursor = lineStart(of: cursor)
        case .lineEnd: cursor = lineEnd(of: cursor)
        case .up: moveVertically(by: -1, width: width)
        case .down: moveVertically(by: 1, width: width)
        case .deleteBackward:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .deleteForward:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .deleteWordBackward: kill(wordStart(before: cursor)..<cursor)
        case .deleteWordForward: kill(cursor..<wordEnd(after: cursor))
        case .deleteToLineStart: kill(lineStart(of: cursor)..<cursor)
        case .deleteToLineEnd: kill(cursor..<lineEnd(of: cursor))
        case .yank: insert(killed)
        case .newline: if shape.allowsNewlines { insert("\n") }
        }
    }

    private mutating func kill(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        killed = String(characters[range])
        characters.removeSubrange(range)
        cursor = range.lowerBound
    }

    // MARK: - Words and lines

    /// What a character is for word movement. Chinese has no spaces, so a run of Han
    /// characters is a word and punctuation ends it: Alt-B goes back a clause, not to
    /// the start of the text; `经费8万元` is three words.
    enum CharacterClass { case blank, punctuation, han, other }

    static func characterClass(_ c: Character) -> CharacterClass {
        if c.isWhitespace { return .blank }
        if c.isPunctuation || c.isSymbol { return .punctuation }
        if let v = c.unicodeScalars.first?.value,
           (0x3040...0x30FF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0x20000...0x3134F).contains(v) {
            return .han
        }
        return .other
    }

    private func isWord(_ i: Int) -> Bool {
        let k = Self.characterClass(characters[i])
        return k == .han || k == .other
    }

    /// The start of the word before `i` (skipping blanks and punctuation first).
    func wordStart(before i: Int) -> Int {
        var j = i
        while j > 0, !isWord(j - 1) { j -= 1 }
        guard j > 0 else { return 0 }
        let kind = Self.characterClass(characters[j - 1])
        while j > 0, Self.characterClass(characters[j - 1]) == kind { j -= 1 }
        return j
    }

    /// Past the end of the word after `i` (skipping blanks and punctuation first).
    func wordEnd(after i: Int) -> Int {
        var j = i
        while j < characters.count, !isWord(j) { j += 1 }
        guard j < characters.count else { return characters.count }
        let kind = Self.characterClass(characters[j])
        while j < characters.count, Self.characterClass(characters[j]) == kind { j += 1 }
        return j
    }

    func lineStart(of i: Int) -> Int {
        var j = i
        while j > 0, characters[j - 1] != "\n" { j -= 1 }
        return j
    }

    func lineEnd(of i: Int) -> Int {
        var j = i
        while j < characters.count, characters[j] != "\n" { j += 1 }
        return j
    }

    // MARK: - Rows (wrapped shapes)

    /// The characters on each row when the text wraps at `width` columns: a line break
    /// ends a row (and is on none), a character that would cross the edge starts the
    /// next. One column is kept free at the end of every row for the cursor.
    public func rows(width: Int) -> [Range<Int>] {
        let room = max(2, width - 1)
        var rows: [Range<Int>] = []
        var start = 0
        var used = 0
        for (i, c) in characters.enumerated() {
            if c == "\n" {
                rows.append(start..<i)
                start = i + 1
                used = 0
                continue
            }
            let w = DisplayWidth.of(c)
            if used + w > room, i > start {
                rows.append(start..<i)
                start = i
                used = 0
            }
            used += w
        }
        rows.append(start..<characters.count)
        return rows
    }

    /// The cursor's row and column (in display columns from the row's start) at `width`.
    /// At the seam of a wrapped row the cursor is at the start of the next one.
    public func cursorPosition(width: Int) -> (row: Int, column: Int) {
        let rows = rows(width: width)
        let r = rows.lastIndex { $0.lowerBound <= cursor } ?? 0
        return (r, DisplayWidth.of(String(characters[rows[r].lowerBound..<cursor])))
    }

    private mutating func moveVertically(by step: Int, width: Int) {
        guard shape.wraps else { return }
        let rows = rows(width: width)
        let (r, column) = cursorPosition(width: width)
        let goal = goalColumn ?? column
        let target = r + step
        guard rows.indices.contains(target) else {
            // Past the first or last row: to the start or the end, as text areas do.
            cursor = step < 0 ? 0 : characters.count
            return
        }
        var i = rows[target].lowerBound
        var used = 0
        while i < rows[target].upperBound {
            let w = DisplayWidth.of(characters[i])
            if used + w > goal { break }
            used += w
            i += 1
        }
        cursor = i
        goalColumn = goal
    }

    // MARK: - What is on show

    /// Scrolls as little as keeps the cursor on show in a text area of `width` columns
    /// (and, when the text wraps, `height` rows), and no further than the text needs.
    public mutating func reveal(width: Int, height: Int) {
        if shape.wraps {
            let rows = rows(width: width)
            let row = cursorPosition(width: width).row
            let h = max(1, height)
            if row < scroll { scroll = row }
            if row >= scroll + h { scroll = row - h + 1 }
            scroll = max(0, min(scroll, rows.count - h))
            return
        }
        // One column for the cursor after the last character, one for the mark that more
        // text follows.
        // Each bound is found in one walk from the cursor or the end, as far as the room
        // goes: measuring the whole span again for every step froze the workstation on a
        // long paste (100,000 characters: minutes for one key).
        let room = max(1, width - 1)
        scroll = min(scroll, cursor)
        // The first character from which the text up to the cursor fits.
        var first = cursor
        var used = 1
        while first > scroll {
            let w = DisplayWidth.of(characters[first - 1])
            if used + w > room { break }
            used += w
            first -= 1
        }
        scroll = first
        // After a deletion, show as much of the text before the cursor as fits.
        var tail = 1
        for i in scroll..<characters.count {
            tail += DisplayWidth.of(characters[i])
            if tail > room { return }
        }
        while scroll > 0, tail + DisplayWidth.of(characters[scroll - 1]) <= room {
            tail += DisplayWidth.of(characters[scroll - 1])
            scroll -= 1
        }
    }

    func columns(_ range: Range<Int>) -> Int {
        var total = 0
        for i in range { total += DisplayWidth.of(characters[i]) }
        return total
    }

    // MARK: - Pasted text

    /// Pasted text made fit for this editor: line breaks normalised; in a shape without
    /// line breaks, lines joined (a space between two Latin words, nothing between
    /// Chinese characters); tabs as spaces; other control characters removed and counted,
    /// so the caller can say so.
    public func cleaned(_ pasted: String) -> (text: String, removedControls: Int, joinedLines: Bool) {
        var out = ""
        var removed = 0
        var joined = false
        var pendingBreak = false
        for original in Self.normalizedLineBreaks(pasted) {
            if original == "\n" {
                if shape.allowsNewlines { out.append(original) } else { pendingBreak = true }
                continue
            }
            let c: Character = original == "\t" ? " " : original
            if c.unicodeScalars.contains(where: Self.isControl) {
                removed += 1
                continue
            }
            if pendingBreak {
                // The next line's indentation goes; so do the last line's trailing blanks,
                // and a space goes in only between Latin letters or digits.
                if c == " " { continue }
                pendingBreak = false
                while out.last == " " { out.removeLast() }
                if let last = out.last {
                    joined = true
                    if Self.isLatin(last), Self.isLatin(c) { out.append(" ") }
                }
            }
            out.append(c)
        }
        return (out, removed, joined)
    }

    static func isLatin(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }

    /// What the document refuses in an edit (controls, bidi controls: `InvisibleCharacters`)
    /// and the other invisible characters (zero-width space, byte-order mark …); the
    /// zero-width joiner inside an emoji stays.
    static func isControl(_ u: Unicode.Scalar) -> Bool {
        InvisibleCharacters.isUnprintable(u) && u.value != 0x200D
    }

    /// `\r\n` and `\r` as `\n` (a terminal sends Enter as `\r`; pasted text may have either).
    static func normalizedLineBreaks(_ s: String) -> String {
        guard s.contains(where: { $0 == "\r" || $0 == "\r\n" }) else { return s }
        return String(s.map { $0 == "\r\n" || $0 == "\r" ? "\n" : $0 })
    }
}
