#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JixiaoModel

/// One line of the text split into its tab-separated cells, each trimmed.
///
/// A class, not a struct: what it holds does not change once made, and the reader passes
/// rows around and keeps them (`previous`, `lastDataRow`, each `rows[i]` looked at), which
/// for a struct of arrays and strings was a retain and a release of each. A class also
/// remembers the answers to questions asked of the same row by `TableStarts`,
/// `PageFurniture` and `TableReading` (`remembered`).
final class Row {
    let number: Int
    let cells: [String]

    /// Where `text` comes from: a line read from a file keeps its bytes, and is made a
    /// String only when asked (the title block, 目录, 第一部分 and indicator headers ask; a
    /// table's other rows never do), unless it is its one cell as it stands.
    private enum Source {
        /// The line is `cells[0]`: one cell, nothing trimmed.
        case cell
        case text(String)
        case bytes(ArraySlice<UInt8>)
        /// The line is the cells joined by tabs (`init(number:cells:)`).
        case cells
    }

    private let source: Source

    /// The line as read (tabs and blanks kept).
    var text: String {
        switch source {
        case .cell: cells[0]
        case .text(let t): t
        case .bytes(let b): b.withUnsafeBufferPointer(ValidUTF8.string)
        case .cells: cells.joined(separator: "\t")
        }
    }

    /// `Row(number: number, text: cells.joined(separator: "\t"))` for cells as a row has
    /// them (split at tabs and trimmed: none holds a tab or begins or ends with a blank),
    /// without joining and splitting them again: the split of the joined text is `cells`.
    init(number: Int, cells: [String]) {
        var keys: UInt32 = 0
        for c in cells where !c.isEmpty { keys |= Row.keyScalars(in: c) }
        let first = cells[0]
        self.number = number
        self.cells = cells
        self.keys = keys
        self.source = .cells
        self.label = TextNormalization.withoutBlanks(first)
        var count = 0, firstNonEmpty = cells.count
        for (k, c) in cells.enumerated() where !c.isEmpty {
            if count == 0 { firstNonEmpty = k }
            count += 1
        }
        nonEmptyCount = count
        firstNonEmptyAt = firstNonEmpty
    }

    /// Answers remembered: bit `k` says whether question `k` was asked, bit `k + 8` its answer.
    private var answers: UInt16 = 0

    /// Questions of a row asked more than once, their answers remembered (`remembered`).
    enum Question: UInt16 {
        case isIndicatorHeader = 0
        case isBudgetRow = 1
        case isHeading = 2
    }

    /// `answer(self)`, found the first time `question` is asked of this row and remembered:
    /// each question is a function of the row alone.
    @inline(__always)
    func remembered(_ question: Question, _ answer: (Row) -> Bool) -> Bool {
        let asked: UInt16 = 1 << question.rawValue
        if answers & asked != 0 { return answers & (asked << 8) != 0 }
        let a = answer(self)
        answers |= asked | (a ? asked << 8 : 0)
        return a
    }

    convenience init(number: Int, text: String) {
        var copy = text
        let read = copy.withUTF8 { Row.read($0, whole: text) }
        self.init(number: number, read, source: read.wholeCell ? .cell : .text(text))
    }

    /// A row of a line's bytes (valid UTF-8, as `SourceText` leaves them); `keys`, when given,
    /// is `keyScalars` of them, found as the text was split into lines.
    convenience init(number: Int, line: ArraySlice<UInt8>, keys: UInt32? = nil) {
        let read = line.withUnsafeBufferPointer { Row.read($0, whole: nil, keys: keys) }
        self.init(number: number, read, source: read.wholeCell ? .cell : .bytes(line))
    }

    private init(number: Int, _ read: Read, source: Source) {
        self.number = number
        self.cells = read.cells
        self.keys = read.keys
        self.source = source
        // Kept, not computed: the reader asks for them of every row many times over.
        // (The first cell has no blank inside — most have none — when it is its own label.)
        self.label = read.labelIsFirst ? cells[0] : TextNormalization.withoutBlanks(cells.first ?? "")
        // Counted as the line was split, not copied: most questions ask how many there are
        // and which is first.
        nonEmptyCount = read.nonEmptyCount
        firstNonEmptyAt = read.firstNonEmpty
    }

    /// What `read` finds in a line's bytes.
    struct Read {
        var cells: [String]
        var keys: UInt32
        /// The line is one cell with nothing trimmed.
        var wholeCell: Bool
        /// The first cell has no blank (space, tab, U+00A0, U+3000): `withoutBlanks` of it is itself.
        var labelIsFirst: Bool
        /// How many cells are not empty, and where the first is (`cells.count` when none).
        var nonEmptyCount: Int
        var firstNonEmpty: Int
    }

    /// The cells (`trimmedCells`), `keys` and whether the first cell is its own label, from
    /// a line's bytes; `whole` is the line as a String when there is one (a line that is
    /// one untrimmed cell is that cell, not a copy).
    static func read(_ b: UnsafeBufferPointer<UInt8>, whole: String?, keys: UInt32? = nil) -> Read {
        let split = trimmedCells(b, whole: whole)
        let first = split.first
        var labelIsFirst = true
        // A blank inside the first cell's bytes.
        var k = first.lowerBound
        while k < first.upperBound {
            let c = b[k]
            if c == 0x20 || (c == 0xC2 && k + 1 < first.upperBound && b[k + 1] == 0xA0)
                || (c == 0xE3 && k + 2 < first.upperBound && b[k + 1] == 0x80 && b[k + 2] == 0x80) {
                labelIsFirst = false
                break
            }
            k += 1
        }
        // A line without bytes has no key scalar.
        return Read(cells: split.cells, keys: keys ?? (b.isEmpty ? 0 : keyScalars(b)), wholeCell: split.wholeCell, labelIsFirst: labelIsFirst,
                    nonEmptyCount: split.nonEmptyCount, firstNonEmpty: split.firstNonEmpty)
    }

    /// The line split at tabs, each cell trimmed of blanks (space, U+00A0, U+3000), by
    /// bytes: a tab is a grapheme of its own (a control), so this is the split by
    /// Characters, without grapheme breaking or a copy before the trim (they were a tenth
    /// of reading). `C2 A0` and `E3 80 80` can only be those scalars in valid UTF-8.
    static func trimmedCells(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { trimmedCells($0, whole: text).cells }
    }

    /// What `trimmedCells` finds in a line's bytes.
    struct Split {
        var cells: [String]
        /// The line is one cell with nothing trimmed.
        var wholeCell: Bool
        /// The first cell's bytes (trimmed).
        var first: Range<Int>
        /// How many cells are not empty, and where the first is (`cells.count` when none).
        var nonEmptyCount: Int
        var firstNonEmpty: Int
    }

    /// The cells of a line with nothing in it but blanks, shared: a fifth of a text's lines
    /// are empty, and each made an array of its own.
    static let blankCells: [String] = [""]

    /// `trimmedCells` of a line's bytes; whether the line is one untrimmed cell, the first
    /// cell's bytes (trimmed), and which cells are not empty.
    static func trimmedCells(_ b: UnsafeBufferPointer<UInt8>, whole: String?) -> Split {
        let n = b.count
        // The cell `b[start..<end]` without its blanks at either end.
        @inline(__always) func trim(_ start: Int, _ end: Int) -> Range<Int> {
            var s = start, e = end
            while s < e {
                if b[s] == 0x20 { s += 1 } else if b[s] == 0xC2, s + 1 < e, b[s + 1] == 0xA0 { s += 2 }
                else if b[s] == 0xE3, s + 2 < e, b[s + 1] == 0x80, b[s + 2] == 0x80 { s += 3 } else { break }
            }
            while e > s {
                if b[e - 1] == 0x20 { e -= 1 } else if e - 2 >= s, b[e - 2] == 0xC2, b[e - 1] == 0xA0 { e -= 2 }
                else if e - 3 >= s, b[e - 3] == 0xE3, b[e - 2] == 0x80, b[e - 1] == 0x80 { e -= 3 } else { break }
            }
            return s..<e
        }
        // A line that is one untrimmed cell is that cell, and an empty cell needs no
        // decoding: neither is copied.
        @inline(__always) func cell(_ r: Range<Int>) -> String {
            if r.lowerBound == 0 && r.upperBound == n, let whole { return whole }
            return r.isEmpty ? "" : ValidUTF8.string(UnsafeBufferPointer(rebasing: b[r]))
        }
        // The next tab at or after `from` (or the end), by `memchr`: a byte at a time was
        // most of splitting a long line.
        @inline(__always) func nextTab(_ from: Int) -> Int {
            guard from < n, let base = b.baseAddress, let found = memchr(base + from, 0x09, n - from) else { return n }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        let firstTab = nextTab(0)
        guard firstTab < n else {
            // No tab: one cell.
            let r = trim(0, n)
            if r.isEmpty {
                // (`whole`, when there is one, is empty too.)
                return Split(cells: blankCells, wholeCell: n == 0, first: r, nonEmptyCount: 0, firstNonEmpty: 1)
            }
            return Split(cells: [cell(r)], wholeCell: r.lowerBound == 0 && r.upperBound == n, first: r,
                         nonEmptyCount: 1, firstNonEmpty: 0)
        }
        // Where the tabs are, found once (the first `kept` of them kept on the stack, any
        // after those found again as the cells are made).
        let kept = 64
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: kept) { at -> Split in
            var tabs = 0
            var t = firstTab
            while t < n {
                if tabs < kept { at[tabs] = t }
                tabs += 1
                t = nextTab(t + 1)
            }
            var first = 0..<0
            var count = 0, firstNonEmpty = tabs + 1
            // One allocation for the row's cells, not one per doubling.
            var cells: [String] = []
            cells.reserveCapacity(tabs + 1)
            var start = 0
            for k in 0...tabs {
                let end = k == tabs ? n : k < kept ? at[k] : nextTab(start)
                let r = trim(start, end)
                if k == 0 { first = r }
                if !r.isEmpty {
                    if count == 0 { firstNonEmpty = k }
                    count += 1
                }
                cells.append(cell(r))
                start = end + 1
            }
            return Split(cells: cells, wholeCell: false, first: first, nonEmptyCount: count, firstNonEmpty: firstNonEmpty)
        }
    }

    /// Which of `keyScalarList` the line holds, as bits (`keyBit`), and `speckBit`.
    let keys: UInt32

    /// Set in `keys` when the line has a `*`, `＊`, `.` or `．` right after a scalar of more
    /// than one byte and right before a Chinese character's lead byte: what
    /// `TextNormalization.strayStarsRemoved` and `strayDotsRemoved` need to change any cell
    /// of it (a speck between two Chinese characters). A line without it has no speck to
    /// read past (`TableReading.labelsReadPastSpecks`).
    static let speckBit: UInt32 = 1 << 31

    /// Whether some cell may have a speck between two Chinese characters (`speckBit`).
    var mayHaveSpeck: Bool { keys & Row.speckBit != 0 }

    /// Whether the line holds `scalar`, one of `keyScalarList`: what
    /// `TextNormalization.contains(text, String(scalar))` says, found once per line. The
    /// reader's questions ask it before searching the line's cells one by one for the
    /// scalar each of their words has (`称` of 名称, `位` of 单位 …); most lines have none.
    @inline(__always)
    func has(_ scalar: Unicode.Scalar) -> Bool { keys & Row.keyBit(scalar) != 0 }

    /// The scalars `has` answers for: ideographs (three UTF-8 bytes each).
    static let keyScalarList: [Unicode.Scalar] = ["称", "码", "数", "预", "位", "级", "值", "章", "字", "日", "单", "部", "表", "见"]

    @inline(__always)
    static func keyBit(_ scalar: Unicode.Scalar) -> UInt32 {
        switch scalar {
        case "称": 1 << 0
        case "码": 1 << 1
        case "数": 1 << 2
        case "预": 1 << 3
        case "位": 1 << 4
        case "级": 1 << 5
        case "值": 1 << 6
        case "章": 1 << 7
        case "字": 1 << 8
        case "日": 1 << 9
        case "单": 1 << 10
        case "部": 1 << 11
        case "表": 1 << 12
        case "见": 1 << 13
        default: preconditionFailure("\(scalar) is not one of Row.keyScalarList")
        }
    }

    /// For each three-byte scalar, by the low six bits of its second and third bytes: its
    /// lead byte and its bit's position + 1 when it is a key scalar, else 0. (No two key
    /// scalars share the two bytes' low bits.)
    static let keyTable: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 4096)
        for s in keyScalarList {
            let b = Array(String(s).utf8)
            precondition(b.count == 3)
            let slot = Int(b[1] & 0x3F) << 6 | Int(b[2] & 0x3F)
            precondition(table[slot] == 0)
            table[slot] = UInt16(b[0]) << 8 | UInt16(keyBit(s).trailingZeroBitCount + 1)
        }
        // `＊` and `．`, for `speckBit` (bit 31), which `keyScalars` sets only where they sit
        // between a scalar of more than one byte and a Chinese character.
        for s: Unicode.Scalar in ["＊", "．"] {
            let b = Array(String(s).utf8)
            let slot = Int(b[1] & 0x3F) << 6 | Int(b[2] & 0x3F)
            precondition(table[slot] == 0)
            table[slot] = UInt16(b[0]) << 8 | UInt16(speckBit.trailingZeroBitCount + 1)
        }
        return table
    }()

    /// `keys` of a line, in one pass over its bytes: a key scalar is the three bytes of a
    /// scalar of its own wherever they stand in valid UTF-8.
    static func keyScalars(in text: String) -> UInt32 {
        var text = text
        return text.withUTF8 { keyScalars($0) }
    }

    static func keyScalars(_ b: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var keys: UInt32 = keyTable.withUnsafeBufferPointer { t in
            var keys: UInt32 = 0
            var i = 0
            let n = b.count
            while i < n {
                let lead = b[i]
                // ASCII, two-byte scalars, continuation bytes and four-byte leads are
                // passed over a byte at a time; a three-byte scalar is read whole.
                guard lead >= 0xE0 && lead < 0xF0 && i + 2 < n else { i += 1; continue }
                let e = t[Int(b[i + 1] & 0x3F) << 6 | Int(b[i + 2] & 0x3F)]
                if e != 0 && UInt8(truncatingIfNeeded: e >> 8) == lead {
                    let bit = UInt32((e & 0xFF) - 1)
                    // `＊` (EF BC 8A) or `．` (EF BC 8E): a speck where `speckBit` says.
                    if bit != 31 || (i > 0 && b[i - 1] >= 0x80 && i + 3 < n && b[i + 3] >= 0xE3 && b[i + 3] <= 0xE9) {
                        keys |= 1 << bit
                    }
                }
                i += 3
            }
            return keys
        }
        // `*` and `.` looked for by `memchr` (a figure's `.` is common, a speck rare).
        func speck(_ ascii: Int32) -> Bool {
            guard let base = b.baseAddress else { return false }
            var at = 0
            while at < b.count, let found = memchr(base + at, ascii, b.count - at) {
                let k = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if k > 0, b[k - 1] >= 0x80, k + 1 < b.count, b[k + 1] >= 0xE3, b[k + 1] <= 0xE9 { return true }
                at = k + 1
            }
            return false
        }
        if keys & speckBit == 0, speck(0x2A) || speck(0x2E) { keys |= speckBit }
        return keys
    }

    var isBlank: Bool { cells.allSatisfy(\.isEmpty) }
    var first: String { cells.first ?? "" }
    /// The first cell with blanks removed: how labels are recognised, since a wrapped
    /// PDF cell keeps a space at the wrap (`预算规模 及资金用途`).
    let label: String
    /// How many cells are not empty.
    let nonEmptyCount: Int
    /// Where the first cell that is not empty is (`cells.count` when none).
    private let firstNonEmptyAt: Int

    /// The first cell that is not empty.
    var firstNonEmpty: String? { firstNonEmptyAt < cells.count ? cells[firstNonEmptyAt] : nil }

    /// Where the first cell that is not empty is; nil when none is.
    var firstNonEmptyIndex: Int? { firstNonEmptyAt < cells.count ? firstNonEmptyAt : nil }

    /// The cells that are not empty, made when asked (rows that need them are few: an
    /// array kept for every row was a sixth of making one).
    var nonEmpty: [String] {
        var out: [String] = []
        out.reserveCapacity(nonEmptyCount)
        for c in cells[firstNonEmptyAt...] where !c.isEmpty { out.append(c) }
        return out
    }

    /// The first non-empty cell after the one whose label matches.
    func value(after matches: (String) -> Bool) -> (index: Int, text: String)? {
        guard let i = cells.firstIndex(where: { matches(TextNormalization.withoutBlanks($0)) }) else { return nil }
        var j = i + 1
        while j < cells.count {
            if !cells[j].isEmpty { return (j, cells[j]) }
            j += 1
        }
        return (cells.count, "")
    }
}
