@testable import JixiaoModel

// The definitions the one-pass `BudgetItemKind.kind(ofBare:)` and `PlainLabel.bare` are
// tested against, as they were written first. Kept with the tests, not shipped.

extension BudgetItemKind {
    /// `kind(ofBare:)` as it was written first, three passes: the definition the one-pass
    /// version is tested against.
    static func kindOfBareInThreePasses(_ t: UnsafeBufferPointer<UInt8>) -> BudgetItemKind? {
        guard !t.isEmpty else { return nil }
        var scalars = 0
        for b in t where b & 0xC0 != 0x80 { scalars += 1 }
        guard scalars <= 16 else { return nil }
        var k = 0
        while k < t.count {
            let b = t[k]
            if b == 0x3A || b == 0x2C || b == 0x3B || b == 0x25 { return nil }
            if b == 0xEF, k + 2 < t.count, t[k + 1] == 0xBC, t[k + 2] == 0x9A || t[k + 2] == 0x8C || t[k + 2] == 0x9B { return nil }
            if b == 0xE3, k + 2 < t.count, t[k + 1] == 0x80, t[k + 2] == 0x82 { return nil }
            k += 1
        }
        var found: UInt8 = 0
        var i = 0
        while i < t.count {
            let lead = t[i]
            if lead >= 0xE0 && lead < 0xF0 && i + 2 < t.count {
                let v = UInt32(lead & 0x0F) << 12 | UInt32(t[i + 1] & 0x3F) << 6 | UInt32(t[i + 2] & 0x3F)
                if v < 0x10000, wordInitialSlots[Int(v)] != 0 {
                    for (word, list) in wordsByInitialSlot[Int(wordInitialSlots[Int(v)]) - 1] where found & (1 << list) == 0 && t.count - i >= word.count {
                        var k = 3
                        while k < word.count && t[i + k] == word[k] { k += 1 }
                        if k == word.count { found |= 1 << list }
                    }
                }
            }
            i += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        }
        if found & 1 != 0 { return nil }
        if t.count == 6, t.elementsEqual("其他".utf8) || t.elementsEqual("其它".utf8) { return .other }
        if found & 2 != 0 { return .mediumTerm }
        if found & 4 != 0 { return .other }
        if found & 8 != 0 { return .fiscal }
        if found & 16 != 0 { return .total }
        return nil
    }
}

extension PlainLabel {
    /// `bare` as it was written first, each step also looking for the full-width forms step 1
    /// leaves none of: the definition the faster one is tested against.
    static func bareWithFullWidthSteps<R>(_ b: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(b.count, 1)) { out in
            var n = 0
            var i = 0
            while i < b.count {
                let lead = b[i]
                if lead < 0x80 {
                    if lead == 0x0D { return body(nil) }
                    if lead != 0x20 && lead != 0x09 { out[n] = lead; n += 1 }
                    i += 1
                    continue
                }
                let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                if width == 4 { return body(nil) }
                if width == 2 {
                    let v = UInt32(lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                    if v != 0xA0 {
                        guard isPlain(v) else { return body(nil) }
                        out[n] = lead; out[n + 1] = b[i + 1]; n += 2
                    }
                    i += 2
                    continue
                }
                let b1 = b[i + 1], b2 = b[i + 2]
                if lead == 0xEF && b1 == 0xBC && b2 >= 0x81 {
                    out[n] = b2 - 0x60; n += 1
                } else if lead == 0xEF && b1 == 0xBD && b2 <= 0x9E {
                    out[n] = b2 - 0x20; n += 1
                } else if !(lead == 0xE3 && b1 == 0x80 && b2 == 0x80) {
                    let v = UInt32(lead & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
                    guard isPlain(v) else { return body(nil) }
                    out[n] = lead; out[n + 1] = b1; out[n + 2] = b2; n += 3
                }
                i += 3
            }
            if out[..<n].contains(0x28) || contains(out, n, fullOpen) {
                for unit in units { n = removeAll(unit, from: out, n) }
            }
            var s = 0, e = n
            func width(at k: Int) -> Int { out[k] < 0x80 ? 1 : out[k] < 0xE0 ? 2 : 3 }
            func isOpen(_ k: Int) -> Bool { out[k] == 0x28 || (k + 2 < e && out[k] == 0xEF && out[k + 1] == 0xBC && out[k + 2] == 0x88) }
            func isClose(_ k: Int) -> Bool { out[k] == 0x29 || (k + 2 < e && out[k] == 0xEF && out[k + 1] == 0xBC && out[k + 2] == 0x89) }
            func isNumeral(_ k: Int) -> Bool {
                guard k + 2 < e else { return false }
                return numerals.contains { $0[0] == out[k] && $0[1] == out[k + 1] && $0[2] == out[k + 2] }
            }
            func isSeparator(_ k: Int) -> Bool {
                if out[k] == 0x2E || isClose(k) { return true }  // . ) ）
                guard k + 2 < e else { return false }
                return (out[k] == 0xE3 && out[k + 1] == 0x80 && out[k + 2] == 0x81)  // 、
                    || (out[k] == 0xEF && out[k + 1] == 0xBC && out[k + 2] == 0x8E)  // ．
            }
            var handled = false
            if s < e, isOpen(s) {
                var k = s, d = 0
                while k < e, !isClose(k) { k += width(at: k); d += 1 }
                if k < e, d <= 3 {
                    s = k + width(at: k)
                    handled = true
                }
            }
            if !handled {
                var k = s
                while k < e, (out[k] >= 0x30 && out[k] <= 0x39) || isNumeral(k) { k += width(at: k) }
                if k > s, k < e, isSeparator(k) { s = k + width(at: k) }
            }
            if e - s >= 6, out[s] == 0xE5, out[s + 1] == 0x85, out[s + 2] == 0xB6, out[s + 3] == 0xE4, out[s + 4] == 0xB8,
               out[s + 5] == 0xAD { s += 6 }
            while s < e {
                if out[s] == 0x3A || out[s] == 0x2C { s += 1; continue }
                if s + 2 < e, out[s] == 0xEF, out[s + 1] == 0xBC, out[s + 2] == 0x9A || out[s + 2] == 0x8C { s += 3; continue }
                break
            }
            while e > s {
                if out[e - 1] == 0x3A { e -= 1; continue }
                if e - 3 >= s, out[e - 3] == 0xEF, out[e - 2] == 0xBC, out[e - 1] == 0x9A { e -= 3; continue }
                break
            }
            return body(UnsafeBufferPointer(rebasing: out[s..<e]))
        }
    }

    // What only the definition above uses (the one-pass `bare` looks for ASCII brackets only).
    static let units = ["(万元)", "(元)", "(亿元)", "（万元）", "（元）"].map { Array($0.utf8) }
    static let fullOpen = Array("（".utf8)
    static let numerals = "一二三四五六七八九十".unicodeScalars.map { Array(String($0).utf8) }

    static func contains(_ out: UnsafeMutableBufferPointer<UInt8>, _ n: Int, _ w: [UInt8]) -> Bool {
        guard n >= w.count else { return false }
        for i in 0...(n - w.count) where out[i] == w[0] {
            var k = 1
            while k < w.count && out[i + k] == w[k] { k += 1 }
            if k == w.count { return true }
        }
        return false
    }
}
