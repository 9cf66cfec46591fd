/// JSON written by hand: the very bytes `JSONEncoder` writes with `[.sortedKeys,
/// .prettyPrinted, .withoutEscapingSlashes]` — keys in byte order, `"key" : value`, two
/// spaces a level, an empty array as `[`, a blank line and `]`. The encoder boxes every
/// value on its way to the bytes: for what is written for every document (findings,
/// summaries) that was a tenth of an import. The writers of particular types
/// (`finding`, `summary`) write their keys in sorted order themselves; their tests hold
/// them to the encoder's bytes.
package struct PrettyJSONWriter {
    @usableFromInline var out: ByteWriter
    /// What was written.
    package var bytes: [UInt8] { out.bytes }
    /// Strings written safe for a terminal (see `string`).
    package var safe = false
    /// On one line, as the encoder writes without `.prettyPrinted` (`StableJSON.line`):
    /// `{"key":value,…}`, `[]` and `{}` when empty.
    package let compact: Bool

    package init(capacity: Int = 0, safe: Bool = false, compact: Bool = false) {
        out = ByteWriter(capacity: capacity)
        self.safe = safe
        self.compact = compact
    }

    /// Bytes already written as JSON (or anything else) appended as they are.
    package mutating func append(_ raw: [UInt8]) {
        out.append(raw)
    }

    /// Two spaces a level.
    @inlinable
    package mutating func indent(_ depth: Int) {
        out.append(repeating: 0x20, count: 2 * depth)
    }

    @inlinable
    package mutating func raw(_ text: StaticString) {
        out.append(text)
    }

    /// `Waiver`'s synthesized encoding: the optionals only when present.
    package mutating func waiver(_ w: Waiver, depth: Int) {
        var o = Object(depth: depth)
        if let v = w.code { o.key("code", &self); string(v) }
        if let v = w.field { o.key("field", &self); string(v.rawValue) }
        o.key("line", &self); integer(w.line)
        o.key("message", &self); string(w.message)
        o.key("part", &self); string(w.part)
        if let v = w.project { o.key("project", &self); integer(v) }
        o.key("reason", &self); string(w.reason)
        o.key("reviewer", &self); string(w.reviewer)
        if let v = w.row { o.key("row", &self); integer(v) }
        o.key("rule", &self); string(w.rule)
        o.key("severity", &self); string(w.severity)
        o.key("time", &self); string(w.time)
        o.close(&self)
    }

    /// An array at `depth` of what `element` writes at `depth + 1`.
    package mutating func array<T>(_ items: [T], depth: Int, _ element: (inout PrettyJSONWriter, T, Int) -> Void) {
        out.append(0x5B)
        for k in items.indices {
            if k > 0 { out.append(0x2C) }
            if !compact {
                out.append(0x0A)
                indent(depth + 1)
            }
            element(&self, items[k], depth + 1)
        }
        // An empty array is `[`, a blank line, `]`, as the encoder writes it (`[]` compact).
        if !compact {
            out.append(0x0A)
            if items.isEmpty { out.append(0x0A) }
            indent(depth)
        }
        out.append(0x5D)
    }

    package mutating func strings(_ items: [String], depth: Int) {
        array(items, depth: depth) { w, s, _ in w.string(s) }
    }

    /// String keys in the byte order the encoder sorts them in, integer values.
    package mutating func counts(_ counts: [String: Int], depth: Int) {
        var o = Object(depth: depth)
        for (key, n) in counts.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            o.key(string: key, &self)
            integer(n)
        }
        o.close(&self)
    }

    @inlinable
    package mutating func integer(_ n: Int) { out.appendDecimal(n) }

    /// `string`'s answer for a string; true for `null`.
    @discardableResult
    package mutating func optionalString(_ s: String?) -> Bool {
        if let s { return string(s) }
        raw("null")
        return true
    }

    /// `s` quoted, escaped as the encoder escapes: `"` and `\` with a backslash, the C0
    /// controls as `\b \t \n \f \r` or `\u001b` (lowercase hex); everything else, `/`,
    /// DEL and all non-ASCII included, as it is — unless `safe`, when DEL and every other
    /// unprintable character is written as `InvisibleCharacters.jsonEscaped` would write
    /// it in the whole text afterwards (`\u202e`), without that second pass.
    /// Says whether the string was written as it is, nothing escaped. When `safe`,
    /// `InvisibleCharacters.escaped` leaves such a string as it is too (it escapes less:
    /// no quote, backslash, line feed or tab): `check`'s text copies it without a look.
    @discardableResult
    package mutating func string(_ s: String) -> Bool {
        out.append(0x22)
        var s = s
        var asItIs = true
        s.withUTF8 { utf8 in
            var run = 0
            var k = 0
            let n = utf8.count
            while k < n {
                let b = utf8[k]
                // Printable ASCII but `"` and `\`: one comparison for the range, two for those.
                if b &- 0x20 < 0x5F && b != 0x22 && b != 0x5C {
                    k = PlainASCIIRun.skip(utf8, from: k + 1, json: true)
                    continue
                }
                if b >= 0x7F {
                    // A String's UTF-8 is well-formed: E4–E9 begins a CJK ideograph (never
                    // unprintable), and its continuation bytes need no look when not `safe`.
                    if b &- 0xE4 < 6 {
                        k += 3
                        continue
                    }
                    guard safe else {
                        k += 1
                        continue
                    }
                    let (scalar, length) = b == 0x7F ? (Unicode.Scalar(b), 1) : InvisibleCharacters.wellFormedScalar(utf8, at: k)
                    if InvisibleCharacters.isUnprintable(scalar) {
                        asItIs = false
                        out.append(UnsafeBufferPointer(rebasing: utf8[run..<k]))
                        var escape: [UInt8] = []
                        InvisibleCharacters.appendJSONEscape(scalar, to: &escape)
                        out.append(escape)
                        run = k + length
                    }
                    k += length
                    continue
                }
                asItIs = false
                out.append(UnsafeBufferPointer(rebasing: utf8[run..<k]))
                k += 1
                run = k
                out.append(0x5C)
                switch b {
                case 0x22: out.append(0x22)
                case 0x5C: out.append(0x5C)
                case 0x08: out.append(0x62)
                case 0x09: out.append(0x74)
                case 0x0A: out.append(0x6E)
                case 0x0C: out.append(0x66)
                case 0x0D: out.append(0x72)
                default:
                    out.append(0x75)
                    out.append(0x30)
                    out.append(0x30)
                    out.append(Self.hexDigit(b >> 4))
                    out.append(Self.hexDigit(b & 0xF))
                }
            }
            out.append(UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        out.append(0x22)
        return asItIs
    }

    static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x57 + v }

    /// An object's members as they are written: `{`, each `"key" : ` on its own line
    /// after a comma for all but the first, and the closing brace.
    package struct Object {
        @usableFromInline let depth: Int
        @usableFromInline var members = 0

        @inlinable
        package init(depth: Int) {
            self.depth = depth
        }

        @inlinable @inline(__always)
        package mutating func key(_ name: StaticString, _ w: inout PrettyJSONWriter) {
            guard w.compact else {
                // The brace or comma, line, indentation and key with one check of the room left.
                w.out.appendPrettyKey(name, after: members == 0 ? 0x7B : 0x2C, indent: 2 * (depth + 1))
                members += 1
                return
            }
            start(&w)
            w.out.append(0x22)
            w.out.append(name)
            w.out.append("\":")
        }

        /// A key known only at run time (a dictionary's), escaped as any string. Named
        /// apart from the literal one: a literal would be taken as a String, and every key
        /// of every finding escaped byte by byte.
        package mutating func key(string name: String, _ w: inout PrettyJSONWriter) {
            start(&w)
            w.string(name)
            if w.compact { w.raw(":") } else { w.raw(" : ") }
        }

        @inlinable @inline(__always)
        mutating func start(_ w: inout PrettyJSONWriter) {
            w.out.append(members == 0 ? 0x7B : 0x2C)
            members += 1
            guard !w.compact else { return }
            w.out.append(0x0A)
            w.indent(depth + 1)
        }

        /// An empty object is `{`, a blank line, `}`, as the encoder writes it (`{}` compact).
        @inlinable
        package func close(_ w: inout PrettyJSONWriter) {
            guard !w.compact else {
                if members == 0 { w.out.append(0x7B) }
                w.out.append(0x7D)
                return
            }
            if members == 0 { w.out.append(0x7B); w.out.append(0x0A) }
            w.out.append(0x0A)
            w.indent(depth)
            w.out.append(0x7D)
        }
    }
}
