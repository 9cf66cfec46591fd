import JixiaoModel

/// Text helpers for messages.
enum Say {
    /// `“按规定执行”`; an empty cell is said to be empty, never quoted as `“”`.
    static func quote(_ s: String) -> String {
        BareText.isOnlyBlanks(s) ? "（空白）" : "“\(s)”"
    }

    static func money(_ m: Money) -> String {
        // `m.grouped + " 元"`, written digit by digit into the String's storage: messages name
        // thousands of amounts a check, and `grouped` builds its digits as Characters.
        let a = m.fen.magnitude
        let yuan = a / 100, cents = a % 100
        var n = 1
        var t = yuan
        while t >= 10 {
            t /= 10
            n += 1
        }
        let width = (m.fen < 0 ? 1 : 0) + n + (n - 1) / 3 + 3 + 4
        return String(unsafeUninitializedCapacity: width) { out in
            var k = 0
            if m.fen < 0 {
                out[0] = 0x2D  // -
                k = 1
            }
            var pos = k + n + (n - 1) / 3 - 1
            var v = yuan, written = 0
            repeat {
                if written > 0 && written % 3 == 0 {
                    out[pos] = 0x2C  // ,
                    pos -= 1
                }
                out[pos] = 0x30 + UInt8(v % 10)
                pos -= 1
                v /= 10
                written += 1
            } while v > 0
            k += n + (n - 1) / 3
            for b: UInt8 in [0x2E, 0x30 + UInt8(cents / 10), 0x30 + UInt8(cents % 10), 0x20, 0xE5, 0x85, 0x83] {  // .00 元
                out[k] = b
                k += 1
            }
            return k
        }
    }

    /// An amount of a project's budget: `814.00 元`, or the figure as printed and that the
    /// table names no unit (`814（未印单位）`) when it does not (`Project.budgetUnitUnprinted`):
    /// never a unit the table did not print.
    static func budget(_ m: Money, of p: Project) -> String {
        p.unit.currencyUnprinted && p.budgetUnitUnprinted ? m.bareFigure + "（未印单位）" : money(m)
    }

    /// `m.inWan` without its space (`65万元`, `13.33万元`): a budget named as a cost ceiling
    /// in advice. Written byte by byte: `inWan` pads and trims its decimals as Characters,
    /// thousands of instructions for each cost row's advice.
    static func wan(_ m: Money) -> String {
        let a = m.fen.magnitude
        var bytes: [UInt8] = []
        bytes.reserveCapacity(40)
        if m.fen < 0 { bytes.append(0x2D) }  // -
        appendDecimal(a / 1_000_000, to: &bytes)
        var rest = a % 1_000_000, places = 6
        if rest > 0 {
            while rest % 10 == 0 {
                rest /= 10
                places -= 1
            }
            bytes.append(0x2E)  // .
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0x30, count: places))
            var k = start + places - 1
            while rest > 0 {
                bytes[k] = 0x30 + UInt8(rest % 10)
                rest /= 10
                k -= 1
            }
        }
        bytes.append(contentsOf: [0xE4, 0xB8, 0x87, 0xE5, 0x85, 0x83])  // 万元
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendDecimal(_ v: UInt64, to bytes: inout [UInt8]) {
        let start = bytes.count
        var v = v
        repeat {
            bytes.append(0x30 + UInt8(v % 10))
            v /= 10
        } while v > 0
        bytes[start...].reverse()
    }

    /// `1、2、3`.
    static func list(_ items: [String]) -> String { items.joined(separator: "、") }

    /// Projects named in a message: all of a few, the first of many and how many there
    /// are (`1“甲”、2“乙”……等 153 个项目`); `labels` are the first `shownProjects` (or all),
    /// `count` how many there are. A document of many identical projects would otherwise
    /// make every finding name every other one: messages, and memory, growing with the
    /// square of the projects.
    static func projects(_ labels: [String], of count: Int) -> String {
        guard count > shownProjects else { return list(labels) }
        return list(Array(labels.prefix(shownProjects))) + "等 \(count) 个项目"
    }

    static let shownProjects = 5

    /// How many related projects a finding carries at most, for the same reason.
    static let relatedLimit = 20
}

/// Quotes and row names written into the message being made: `"…\(quoted: s)…"` is
/// `"…\(Say.quote(s))…"`, `"…\(label: k, i)…"` is `"…\(k.label(i))…"`. Most findings quote a
/// cell or name a row, and each piece made as a String of its own was allocated, grown,
/// copied into the message and released (~1,000 instructions a piece).
extension DefaultStringInterpolation {
    mutating func appendInterpolation(quoted s: String) { appendQuoted(s, orIfBlank: "（空白）") }

    mutating func appendInterpolation(label k: RowLabels, _ i: RowBox) { appendLabel(k, name: i.name) }

    mutating func appendInterpolation(label k: RowLabels, _ i: Indicator) { appendLabel(k, name: i.name) }

    /// `RowLabels.label(name:)`.
    private mutating func appendLabel(_ k: RowLabels, name: String) {
        appendLiteral(k.dimension)
        appendQuoted(name, orIfBlank: "下未写名称的一行")
    }

    /// `s` in quotes, or `blank` when it has nothing but blanks.
    private mutating func appendQuoted(_ s: String, orIfBlank blank: String) {
        if BareText.isOnlyBlanks(s) {
            appendLiteral(blank)
        } else {
            appendLiteral("“")
            appendLiteral(s)
            appendLiteral("”")
        }
    }
}
