import JixiaoModel
import JixiaoRules

/// Findings as SARIF 2.1.0, for code-review and CI tools.
public enum FindingsSarif {
    public struct Log: Codable, Sendable {
        public var version = "2.1.0"
        public var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        public var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case version
            case schema = "$schema"
            case runs
        }
    }

    public struct Run: Codable, Sendable {
        public var tool: Tool
        public var results: [Result]
    }

    public struct Tool: Codable, Sendable { public var driver: Driver }

    public struct Driver: Codable, Sendable {
        public var name: String
        public var version: String
        public var rules: [RuleDescriptor]
    }

    public struct Text: Codable, Sendable {
        public var text: String
        public init(_ text: String) { self.text = text }
    }

    public struct RuleDescriptor: Codable, Sendable {
        public var id: String
        public var name: String
        public var shortDescription: Text
        public var fullDescription: Text
        public var help: Text
        public var defaultConfiguration: Configuration
        public var properties: [String: String]
    }

    public struct Configuration: Codable, Sendable { public var level: String }

    public struct Result: Codable, Sendable {
        public var ruleId: String
        public var ruleIndex: Int
        public var level: String
        public var message: Text
        public var locations: [ResultLocation]
        public var relatedLocations: [RelatedLocation]?
        /// A waived finding: the reviewer checked it and let it stand (核实无误 / 豁免).
        public var suppressions: [Suppression]?
        public var properties: [String: String]
    }

    /// SARIF's record of a result someone reviewed and accepted.
    public struct Suppression: Codable, Sendable {
        /// `external`: recorded outside the document, in the review.
        public var kind: String
        /// `accepted`.
        public var status: String
        public var justification: String
        public var properties: [String: String]
    }

    public struct ResultLocation: Codable, Sendable {
        public var physicalLocation: PhysicalLocation
        public var logicalLocations: [LogicalLocation]
    }

    public struct PhysicalLocation: Codable, Sendable {
        public var artifactLocation: ArtifactLocation
        public var region: Region
    }

    public struct ArtifactLocation: Codable, Sendable { public var uri: String }
    public struct Region: Codable, Sendable { public var startLine: Int }
    public struct LogicalLocation: Codable, Sendable {
        public var fullyQualifiedName: String
        public var kind: String
    }
    public struct RelatedLocation: Codable, Sendable {
        public var id: Int
        public var message: Text
        public var logicalLocations: [LogicalLocation]
    }

    static func level(_ s: Severity) -> String {
        switch s {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    public static func log(_ findings: [(Finding, Document, String)], rules: [Rule] = RuleCatalogue.all,
                           version: String) -> Log {
        let descriptors = rules.map { r in
            RuleDescriptor(id: r.id, name: r.id, shortDescription: Text(r.title), fullDescription: Text(r.help),
                           help: Text(r.help), defaultConfiguration: Configuration(level: level(r.severity)),
                           properties: ["category": r.category.rawValue, "basis": r.basis.chinese])
        }
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let results = findings.map { f, doc, source -> Result in
            var name = doc.id
            if let i = f.projectIndex { name += "/" + doc.projects[i].code }
            let place = FindingsText.place(f.location)
            let text = f.message + (f.suggestion.map { "。建议：\($0)" } ?? "")
            let related = f.related.enumerated().map { k, code in
                RelatedLocation(id: k + 1, message: Text("相关项目 \(code)"),
                                logicalLocations: [LogicalLocation(fullyQualifiedName: doc.id + "/" + code, kind: "module")])
            }
            return Result(ruleId: f.rule, ruleIndex: index[f.rule] ?? 0, level: level(f.severity), message: Text(text),
                          locations: [ResultLocation(
                            physicalLocation: PhysicalLocation(artifactLocation: ArtifactLocation(uri: source),
                                                               region: Region(startLine: max(1, f.location.line))),
                            logicalLocations: [LogicalLocation(fullyQualifiedName: name + " › " + place, kind: "member")])],
                          relatedLocations: related.isEmpty ? nil : related,
                          suppressions: f.waiver.map { w in
                              [Suppression(kind: "external", status: "accepted", justification: w.reason,
                                           properties: ["reviewer": w.reviewer, "time": w.time])]
                          },
                          properties: ["part": f.location.part.rawValue])
        }
        return Log(runs: [Run(tool: Tool(driver: Driver(name: "jixiao", version: version, rules: descriptors)),
                             results: results)])
    }
}
