import Foundation

/// Computes a formula cell's value where the file holds none Excel would show: a workbook
/// written by a tool that does not calculate (openpyxl saves `<f>C8+C9</f>` with no value;
/// xlsxwriter saves 0 and asks Excel to recalculate on opening, `fullCalcOnLoad`). Without
/// this a 年度资金总额 summed from its parts would read empty, or as 0.
///
/// Only what a performance table computes is understood: numbers, cell references (`C8`,
/// `$C$8`, `表1!C8`, `'表 1'!C8`), ranges in a function, `+ - * / ^ %`, parentheses and
/// SUM, ROUND, AVERAGE, MIN, MAX, ABS. Anything else is nil: not computed, never guessed.
struct FormulaEvaluator {
    /// A cell's content as the sheet stores it.
    struct Cell {
        enum Content { case number(Double), text(String), bool(Bool), error, formula(Formula) }
        var content: Content
    }

    /// A formula as written for its cell (a shared formula's text with how far this cell is
    /// from the cell it was written for), and its saved result if the file has one.
    struct Formula {
        var text: String
        var rowShift = 0, columnShift = 0
        /// The saved result as a number; nil when there is none or it is not a number.
        var cached: Double?
        var hasCached: Bool
    }

    struct Key: Hashable { var sheet: String; var row: Int; var column: Int }

    /// Every sheet's cells, by sheet name (compared without regard to case, as Excel does).
    var cells: [Key: Cell]
    /// Whether a formula's saved result stands (false: Excel recalculates on opening).
    var trustCached: Bool
    private var computing: Set<Key> = []
    private var memo: [Key: Double?] = [:]

    init(cells: [Key: Cell], trustCached: Bool) {
        self.cells = cells
        self.trustCached = trustCached
    }

    static func key(_ sheet: String, _ row: Int, _ column: Int) -> Key { Key(sheet: sheet.lowercased(), row: row, column: column) }

    /// The value of `tree` (a formula read elsewhere, as an .xls's), its references read here.
    mutating func value(of tree: Node) -> Double? {
        evaluate(tree).flatMap { $0.isFinite ? $0 : nil }
    }

    /// The value of the formula cell at `key`: its saved result where it stands, else computed.
    mutating func value(at key: Key) -> Double? {
        if let done = memo[key] { return done }
        guard let cell = cells[key], case .formula(let formula) = cell.content else { return nil }
        if trustCached, formula.hasCached { return formula.cached }
        guard !computing.contains(key) else { return nil }
        computing.insert(key)
        defer { computing.remove(key) }
        var parser = Parser(text: formula.text, sheet: key.sheet, rowShift: formula.rowShift, columnShift: formula.columnShift)
        let tree = parser.parse()
        let result = tree.flatMap { evaluate($0) }.flatMap { $0.isFinite ? $0 : nil }
        memo[key] = result
        return result
    }

    /// What a reference gives to arithmetic: a number, or nil (text that is no number, an error).
    private mutating func number(at key: Key) -> Double? {
        switch cells[key]?.content {
        case nil: return 0
        case .number(let n): return n
        case .bool(let b): return b ? 1 : 0
        case .text(let t): return t.trimmingCharacters(in: .whitespaces).isEmpty ? 0 : Double(t.trimmingCharacters(in: .whitespaces))
        case .error: return nil
        case .formula: return value(at: key)
        }
    }

    private mutating func evaluate(_ node: Node) -> Double? {
        switch node {
        case .number(let n): return n
        case .reference(let k): return number(at: k)
        case .range: return nil
        case .negate(let a): return evaluate(a).map { -$0 }
        case .percent(let a): return evaluate(a).map { $0 / 100 }
        case .binary(let op, let a, let b):
            guard let x = evaluate(a), let y = evaluate(b) else { return nil }
            switch op {
            case "+": return x + y
            case "-": return x - y
            case "*": return x * y
            case "/": return y == 0 ? nil : x / y
            default: let r = pow(x, y); return r.isFinite ? r : nil
            }
        case .function(let name, let args):
            // In a function a range's text and empty cells are left out, as Excel does.
            var values: [Double] = []
            for a in args {
                if case .range(let sheet, let r1, let c1, let r2, let c2) = a {
                    guard (r2 - r1 + 1) * (c2 - c1 + 1) <= 100_000 else { return nil }
                    for r in r1...r2 { for c in c1...c2 {
                        let k = Key(sheet: sheet, row: r, column: c)
                        switch cells[k]?.content {
                        case .number(let n): values.append(n)
                        case .formula: guard let v = value(at: k) else { return nil }; values.append(v)
                        case .error: return nil
                        default: break
                        }
                    } }
                } else if case .reference(let k) = a, name != "ROUND" {
                    switch cells[k]?.content {
                    case .number(let n): values.append(n)
                    case .formula: guard let v = value(at: k) else { return nil }; values.append(v)
                    case .error: return nil
                    default: break
                    }
                } else {
                    guard let v = evaluate(a) else { return nil }
                    values.append(v)
                }
            }
            switch name {
            case "SUM": return values.reduce(0, +)
            case "AVERAGE": return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
            case "MIN": return values.min() ?? 0
            case "MAX": return values.max() ?? 0
            case "ABS": return values.count == 1 ? abs(values[0]) : nil
            case "ROUND":
                guard values.count == 2 else { return nil }
                let scale = pow(10, values[1].rounded(.towardZero))
                // Half away from zero, as Excel rounds; the scaled value nudged past binary error.
                let scaled = values[0] * scale
                return (scaled + (scaled >= 0 ? 1e-9 : -1e-9)).rounded(.toNearestOrAwayFromZero) / scale
            default: return nil
            }
        }
    }

    indirect enum Node {
        case number(Double)
        case reference(Key)
        case range(sheet: String, Int, Int, Int, Int)
        case negate(Node)
        case percent(Node)
        case binary(Character, Node, Node)
        case function(String, [Node])
    }

    /// A formula's text (`SUM(C8:C9)`, `=C8+C9`, `_xlfn.…`) parsed into a tree; nil where it
    /// holds anything not understood.
    struct Parser {
        let chars: [Character]
        var at = 0
        let sheet: String
        /// How far a shared formula's cell is from the cell it was written for.
        let rowShift: Int, columnShift: Int

        init(text: String, sheet: String, rowShift: Int = 0, columnShift: Int = 0) {
            var t = text.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("=") { t.removeFirst() }
            chars = Array(t.replacingOccurrences(of: "_xlfn.", with: ""))
            self.sheet = sheet.lowercased()
            self.rowShift = rowShift
            self.columnShift = columnShift
        }

        /// The whole formula's tree; nil when any of it is not understood.
        mutating func parse() -> Node? {
            guard let node = additive() else { return nil }
            skipSpaces()
            return at == chars.count ? node : nil
        }

        private mutating func skipSpaces() { while at < chars.count, chars[at] == " " { at += 1 } }

        private mutating func peek() -> Character? { skipSpaces(); return at < chars.count ? chars[at] : nil }

        private mutating func additive() -> Node? {
            guard var left = term() else { return nil }
            while let c = peek(), c == "+" || c == "-" {
                at += 1
                guard let right = term() else { return nil }
                left = .binary(c, left, right)
            }
            return left
        }

        private mutating func term() -> Node? {
            guard var left = power() else { return nil }
            while let c = peek(), c == "*" || c == "/" {
                at += 1
                guard let right = power() else { return nil }
                left = .binary(c, left, right)
            }
            return left
        }

        private mutating func power() -> Node? {
            guard var left = unary() else { return nil }
            while peek() == "^" {
                at += 1
                guard let right = unary() else { return nil }
                left = .binary("^", left, right)
            }
            return left
        }

        private mutating func unary() -> Node? {
            if let c = peek(), c == "-" || c == "+" {
                at += 1
                guard let inner = unary() else { return nil }
                return c == "-" ? .negate(inner) : inner
            }
            guard var node = primary() else { return nil }
            while peek() == "%" { at += 1; node = .percent(node) }
            return node
        }

        private mutating func primary() -> Node? {
            guard let c = peek() else { return nil }
            if c == "(" {
                at += 1
                guard let inner = additive(), peek() == ")" else { return nil }
                at += 1
                return inner
            }
            if c.isASCII, c.isNumber || c == "." {
                var s = ""
                while at < chars.count, chars[at].isASCII, chars[at].isNumber || chars[at] == "." { s.append(chars[at]); at += 1 }
                if at < chars.count, chars[at] == "E" || chars[at] == "e" {
                    s.append("e"); at += 1
                    if at < chars.count, chars[at] == "+" || chars[at] == "-" { s.append(chars[at]); at += 1 }
                    while at < chars.count, chars[at].isASCII, chars[at].isNumber { s.append(chars[at]); at += 1 }
                }
                return Double(s).map { .number($0) }
            }
            // A sheet-qualified reference: `'表 1'!C8` or `表1!C8`.
            var sheet = self.sheet
            let start = at
            if c == "'" {
                var name = ""
                at += 1
                while at < chars.count {
                    if chars[at] == "'" {
                        if at + 1 < chars.count, chars[at + 1] == "'" { name.append("'"); at += 2; continue }
                        break
                    }
                    name.append(chars[at]); at += 1
                }
                guard at + 1 < chars.count, chars[at] == "'", chars[at + 1] == "!" else { return nil }
                at += 2
                sheet = name.lowercased()
            } else {
                var j = at, name = ""
                while j < chars.count, !"!()+-*/^%,:;&=<> \"".contains(chars[j]) { name.append(chars[j]); j += 1 }
                if j < chars.count, chars[j] == "!", !name.isEmpty { sheet = name.lowercased(); at = j + 1 }
            }
            if let first = reference() {
                if peek() == ":" {
                    at += 1
                    guard let second = reference() else { return nil }
                    return .range(sheet: sheet, min(first.0, second.0), min(first.1, second.1), max(first.0, second.0), max(first.1, second.1))
                }
                return .reference(Key(sheet: sheet, row: first.0, column: first.1))
            }
            // A function: letters (and dots) then `(`.
            at = start
            var name = ""
            while at < chars.count, chars[at].isASCII, chars[at].isLetter || chars[at] == "." || chars[at].isNumber { name.append(chars[at]); at += 1 }
            guard !name.isEmpty, peek() == "(" else { return nil }
            at += 1
            var args: [Node] = []
            if peek() == ")" { at += 1; return .function(name.uppercased(), args) }
            while true {
                guard let arg = additive() else { return nil }
                args.append(arg)
                if peek() == "," { at += 1; continue }
                guard peek() == ")" else { return nil }
                at += 1
                return .function(name.uppercased(), args)
            }
        }

        /// `C8`, `$C$8`: 1-based row and 0-based column, shifted as a shared formula's are.
        private mutating func reference() -> (Int, Int)? {
            skipSpaces()
            let start = at
            var absColumn = false, absRow = false, letters = "", digits = ""
            if at < chars.count, chars[at] == "$" { absColumn = true; at += 1 }
            while at < chars.count, chars[at].isASCII, chars[at].isLetter, letters.count < 4 { letters.append(chars[at]); at += 1 }
            if at < chars.count, chars[at] == "$" { absRow = true; at += 1 }
            while at < chars.count, chars[at].isASCII, chars[at].isNumber { digits.append(chars[at]); at += 1 }
            // A function name followed by `(` is no reference (`LOG10(`).
            guard !letters.isEmpty, letters.count <= 3, !digits.isEmpty, let row = Int(digits),
                  let column = WorksheetReader.column(of: letters + "1"),
                  !(at < chars.count && (chars[at] == "(" || chars[at].isLetter)) else { at = start; return nil }
            let r = row + (absRow ? 0 : rowShift), c = column + (absColumn ? 0 : columnShift)
            guard r >= 1, c >= 0 else { at = start; return nil }
            return (r, c)
        }
    }
}
