import CXML2
import Glibc

/// One XML part read start to end by libxml2's SAX2 interface, each element's name without
/// its namespace prefix (generators write `row` and `x:row` alike).
///
/// libxml2 directly, not Foundation's `XMLParser` (which wraps the same library): that one
/// made a String for every name and a dictionary for every element's attributes, a third of
/// the time of reading a Word document.
struct XMLEvents {
    var start: (_ name: String, _ attributes: XMLAttributes) -> Void = { _, _ in }
    var end: (_ name: String) -> Void = { _ in }
    /// Text inside elements (CDATA too), in pieces as the parser gives them.
    var text: (_ piece: String) -> Void = { _ in }

    /// False when the part is not well-formed XML, an element left open at the end included
    /// (a part cut short would lose rows). Entities other than XML's own are not read: a
    /// part declaring its own is refused, and nothing is ever fetched from outside.
    func parse(_ bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return false }
        _ = XMLEvents.libraryReady
        let context = Context(self)
        var handler = XMLEvents.handler()
        let status = withExtendedLifetime(context) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    xmlSAXUserParseMemory(&handler, Unmanaged.passUnretained(context).toOpaque(),
                                          chars.baseAddress, Int32(chars.count))
                }
            }
        }
        return status == 0 && context.depth == 0 && context.sawElement
    }

    /// An element's name as libxml2 gives it, already without a declared prefix; one whose
    /// prefix was never declared comes whole (`x:row`) and loses it here. A String, not a
    /// Substring: the readers compare it with literals, fast only String to String.
    static func local(_ name: UnsafePointer<xmlChar>) -> String {
        let chars = UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self)
        return String(cString: strrchr(chars, Int32(UInt8(ascii: ":"))).map { UnsafePointer($0 + 1) } ?? chars)
    }

    /// libxml2 is initialised once, before threads parse at the same time (its own advice).
    private static let libraryReady: Void = xmlInitParser()

    private final class Context {
        let events: XMLEvents
        var depth = 0
        var sawElement = false
        init(_ events: XMLEvents) { self.events = events }

        static func from(_ pointer: UnsafeMutableRawPointer?) -> Context {
            Unmanaged<Context>.fromOpaque(pointer!).takeUnretainedValue()
        }
    }

    private static func handler() -> xmlSAXHandler {
        var h = xmlSAXHandler()
        h.initialized = UInt32(XML_SAX2_MAGIC)
        h.startElementNs = { context, localname, _, _, _, _, attributeCount, _, attributes in
            let c = Context.from(context)
            c.depth += 1
            c.sawElement = true
            c.events.start(XMLEvents.local(localname!),
                           XMLAttributes(fields: attributes, count: Int(attributeCount)))
        }
        h.endElementNs = { context, localname, _, _ in
            let c = Context.from(context)
            c.depth -= 1
            c.events.end(XMLEvents.local(localname!))
        }
        h.characters = { context, bytes, count in
            Context.from(context).events.text(XMLEvents.string(bytes, count))
        }
        h.cdataBlock = { context, bytes, count in
            Context.from(context).events.text(XMLEvents.string(bytes, count))
        }
        // Errors are answered by the result; libxml2 would otherwise print them on stderr.
        h.serror = { _, _ in }
        return h
    }

    static func string(_ bytes: UnsafePointer<xmlChar>?, _ count: Int32) -> String {
        guard let bytes, count > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(count)), as: UTF8.self)
    }
}

/// An element's attributes as libxml2 hands them to the start callback, looked up by name
/// when asked rather than copied into a dictionary. Valid only during that callback.
struct XMLAttributes {
    /// Five pointers per attribute: local name, prefix, namespace, value, end of value.
    private let fields: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int

    init(fields: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int) {
        self.fields = fields
        self.count = fields == nil ? 0 : count
    }

    /// The attribute written `name` exactly, prefix included (`Id`, `r:id`).
    subscript(_ name: String) -> String? {
        let utf8 = name.utf8
        let colon = utf8.firstIndex(of: UInt8(ascii: ":"))
        for i in 0..<count {
            let f = fields! + 5 * i
            if let colon {
                if Self.equal(f[1], name[..<colon].utf8), Self.equal(f[0], name[utf8.index(after: colon)...].utf8) { return value(i) }
            } else if f[1] == nil, Self.equal(f[0], name[...].utf8) {
                return value(i)
            }
        }
        return nil
    }

    /// The attribute `name` with any prefix (`w:val`, `val`).
    func value(_ name: String) -> String? {
        if let v = self[name] { return v }
        for i in 0..<count where Self.equal(fields![5 * i], name[...].utf8) { return value(i) }
        return nil
    }

    private func value(_ i: Int) -> String {
        let f = fields! + 5 * i
        guard let start = f[3], let end = f[4], end > start else { return "" }
        let s = String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
        // libxml2 hands an attribute's `&` (written `&amp;` or `&#38;`) on as `&#38;` unless it
        // is told to replace entities, which would also fetch external ones. No other `&` can
        // reach here, so every `&#38;` is one `&`.
        return s.utf8.contains(UInt8(ascii: "&")) ? s.replacingAll("&#38;", with: "&") : s
    }

    private static func equal(_ c: UnsafePointer<xmlChar>?, _ s: Substring.UTF8View) -> Bool {
        guard var p = c else { return false }
        for b in s {
            guard p.pointee == b else { return false }
            p += 1
        }
        return p.pointee == 0
    }
}

private extension String {
    /// Without Foundation: this module's only text replacement.
    func replacingAll(_ target: String, with replacement: String) -> String {
        var out = ""
        var rest = self[...]
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
