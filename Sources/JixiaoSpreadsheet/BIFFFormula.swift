/// An Excel 97–2003 formula (a FORMULA record's parsed tokens, in reverse Polish order) as
/// the tree `FormulaEvaluator` computes: numbers, references and areas on the same sheet,
/// `+ - * / ^ %`, and SUM, AVERAGE, MIN, MAX, ROUND, ABS. Anything else is nil.
enum BIFFFormula {
    static func tree(_ tokens: ArraySlice<UInt8>, sheet: String) -> FormulaEvaluator.Node? {
        let t = Array(tokens)
        var stack: [FormulaEvaluator.Node] = []
        var i = 0
        func u16(_ at: Int) -> Int? { at + 1 < t.count ? Int(t[at]) | Int(t[at + 1]) << 8 : nil }
        func pop(_ n: Int) -> [FormulaEvaluator.Node]? {
            guard stack.count >= n else { return nil }
            defer { stack.removeLast(n) }
            return Array(stack.suffix(n))
        }
        while i < t.count {
            let ptg = t[i]
            switch ptg {
            case 0x03...0x07:
                guard let ab = pop(2) else { return nil }
                stack.append(.binary(Array("+-*/^")[Int(ptg) - 3], ab[0], ab[1]))
                i += 1
            case 0x12: i += 1 // unary plus
            case 0x13, 0x14:
                guard let a = pop(1) else { return nil }
                stack.append(ptg == 0x13 ? .negate(a[0]) : .percent(a[0]))
                i += 1
            case 0x15: i += 1 // parentheses: already in the order of the tokens
            case 0x19:
                // tAttr: a SUM of one argument (tAttrSum) is summed; spaces, volatile marks
                // and jumps are nothing to compute; a CHOOSE's jump table is not understood.
                guard i + 3 < t.count else { return nil }
                let flags = t[i + 1]
                if flags & 0x04 != 0 { return nil }
                if flags & 0x10 != 0 {
                    guard let a = pop(1) else { return nil }
                    stack.append(.function("SUM", a))
                }
                i += 4
            case 0x1E:
                guard let v = u16(i + 1) else { return nil }
                stack.append(.number(Double(v)))
                i += 3
            case 0x1F:
                guard i + 8 < t.count else { return nil }
                stack.append(.number(Double(bitPattern: LittleEndian.u64(t, i + 1))))
                i += 9
            case 0x24, 0x44, 0x64:
                guard let row = u16(i + 1), let col = u16(i + 3) else { return nil }
                stack.append(.reference(FormulaEvaluator.Key(sheet: sheet, row: row + 1, column: col & 0x3FFF)))
                i += 5
            case 0x25, 0x45, 0x65:
                guard let r1 = u16(i + 1), let r2 = u16(i + 3), let c1 = u16(i + 5), let c2 = u16(i + 7) else { return nil }
                stack.append(.range(sheet: sheet, min(r1, r2) + 1, min(c1, c2) & 0x3FFF, max(r1, r2) + 1, max(c1 & 0x3FFF, c2 & 0x3FFF)))
                i += 9
            case 0x21, 0x41, 0x61:
                // A function of a fixed number of arguments.
                guard let id = u16(i + 1) else { return nil }
                let known: [Int: (String, Int)] = [24: ("ABS", 1), 27: ("ROUND", 2)]
                guard let (name, count) = known[id], let args = pop(count) else { return nil }
                stack.append(.function(name, args))
                i += 3
            case 0x22, 0x42, 0x62:
                guard i + 3 < t.count, let id = u16(i + 2) else { return nil }
                let count = Int(t[i + 1] & 0x7F)
                let known: [Int: String] = [4: "SUM", 5: "AVERAGE", 6: "MIN", 7: "MAX", 24: "ABS", 27: "ROUND"]
                guard let name = known[id & 0x7FFF], let args = pop(count) else { return nil }
                stack.append(.function(name, args))
                i += 4
            default:
                return nil
            }
        }
        return stack.count == 1 ? stack[0] : nil
    }
}
