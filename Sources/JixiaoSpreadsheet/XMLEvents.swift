import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One XML part read start to end by Foundation's `XMLParser`, each element's name without
/// its namespace prefix (generators write `row` and `x:row` alike).
struct XMLEvents {
    var start: (_ name: Substring, _ attributes: [String: String]) -> Void = { _, _ in }
    var end: (_ name: Substring) -> Void = { _ in }
    /// Text inside elements, in pieces as the parser gives them.
    var text: (_ piece: String) -> Void = { _ in }

    /// False when the part is not well-formed XML — an element left open at the end too,
    /// which Foundation's parser on Linux lets pass (a part cut short would lose rows).
    func parse(_ bytes: [UInt8]) -> Bool {
        let parser = XMLParser(data: Data(bytes))
        let delegate = Delegate(self)
        parser.delegate = delegate
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        return parser.parse() && delegate.depth == 0 && delegate.sawElement
    }

    static func local(_ name: String) -> Substring {
        // By bytes: a name is mostly ASCII, and walking it as Characters cost more than the rest.
        if let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) { return name[name.utf8.index(after: colon)...] }
        return name[...]
    }

    /// The attribute `name` with any prefix (`r:id`, `id`).
    static func attribute(_ attributes: [String: String], _ name: String) -> String? {
        if let v = attributes[name] { return v }
        return attributes.first { local($0.key) == name[...] }?.value
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let events: XMLEvents
        var depth = 0
        var sawElement = false
        init(_ events: XMLEvents) { self.events = events }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            depth += 1
            sawElement = true
            events.start(XMLEvents.local(elementName), attributeDict)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            depth -= 1
            events.end(XMLEvents.local(elementName))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            events.text(string)
        }
    }
}
