import Testing
@testable import JixiaoSpreadsheet

/// The SAX reader under every .xlsx and .docx part: names without prefixes, attributes by
/// exact or local name, XML's own escapes decoded, and a part that is not plain
/// well-formed XML refused — entities of its own included, so nothing is fetched from outside.
@Suite struct XMLEventsTests {
    /// What one parse saw: each start as `name a=v …` for the asked attributes, and the text.
    func read(_ xml: String, asking names: [String] = []) -> (ok: Bool, starts: [String], text: String) {
        var starts: [String] = []
        var text = ""
        var events = XMLEvents()
        events.start = { name, a in
            starts.append(([String(name)] + names.compactMap { n in a.value(n).map { "\(n)=\($0)" } }).joined(separator: " "))
        }
        events.text = { text += $0 }
        return (events.parse(Array(xml.utf8)), starts, text)
    }

    @Test func namesLoseTheirPrefixAndAttributesAreFoundByEitherName() {
        let xml = """
            <x:sheet xmlns:x="urn:x" xmlns:r="urn:r" name="表一" r:id="rId1"><x:c t="s"/></x:sheet>
            """
        #expect(read(xml, asking: ["name", "id", "t"]).starts == ["sheet name=表一 id=rId1", "c t=s"])
        var exact: [String?] = []
        var events = XMLEvents()
        events.start = { _, a in exact += [a["r:id"], a["id"], a["name"], a["x:name"]] }
        #expect(events.parse(Array(xml.utf8)))
        #expect(exact.prefix(4) == ["rId1", nil, "表一", nil])
    }

    /// A generator that forgot to declare its prefix still writes a readable part.
    @Test func anUndeclaredPrefixIsDroppedToo() {
        let r = read(#"<x:sheet><x:row r="2"/></x:sheet>"#, asking: ["r"])
        #expect(r.ok)
        #expect(r.starts == ["sheet", "row r=2"])
    }

    @Test func xmlEscapesAreDecodedInTextAndAttributes() {
        let r = read(#"<t v="A&amp;B &#38; C&lt;D&quot;">甲&amp;乙&#x2265;95%<![CDATA[<丙>]]></t>"#, asking: ["v"])
        #expect(r.ok)
        #expect(r.starts == [#"t v=A&B & C<D""#])
        #expect(r.text == "甲&乙≥95%<丙>")
    }

    @Test func aPartThatIsNotWellFormedIsRefused() {
        #expect(read("<a><b></b>").ok == false)            // cut short
        #expect(read("<a><b></a>").ok == false)            // crossed
        #expect(read("").ok == false)
        #expect(read("   ").ok == false)                   // no element at all
        #expect(read("<a>&nbsp;</a>").ok == false)         // an HTML entity is not XML's
        #expect(read("<a>ok</a>").ok)
    }

    @Test func entitiesOfThePartsOwnAreNotExpandedNorFetched() {
        let inside = read(#"<!DOCTYPE a [<!ENTITY e "展开">]><a>&e;</a>"#)
        #expect(inside.ok == false)
        #expect(!inside.text.contains("展开"))
        let outside = read(#"<!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/hostname">]><a>&e;</a>"#)
        #expect(outside.ok == false)
        #expect(outside.text.isEmpty)
    }
}
