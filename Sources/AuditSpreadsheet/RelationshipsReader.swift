import Foundation

/// One relationship of an OPC part: its id, what kind of part it points at, and that part.
struct Relationship: Equatable {
    let id: String
    /// The relationship type URI's last segment (`worksheet`, `sharedStrings`, `officeDocument`),
    /// which is the same in transitional and strict OOXML.
    let kind: String
    /// The target part's `PackagePath.key`.
    let target: String
}

/// Reads a `.rels` part into its internal relationships (external targets are left out).
final class RelationshipsReader: XMLEventHandler {
    private let sourcePart: String
    private(set) var relationships: [Relationship] = []

    /// Reads the relationships that `sourcePart` (the part they belong to; "" for the package) has.
    static func read(_ data: Data, partName: String, sourcePart: String) throws(WorkbookProblem) -> [Relationship] {
        let reader = RelationshipsReader(sourcePart: sourcePart)
        try XMLEventParser.parse(data, partName: partName, into: reader)
        return reader.relationships
    }

    private init(sourcePart: String) { self.sourcePart = sourcePart }

    func start(_ name: String, attributes: [String: String]) throws(WorkbookProblem) {
        guard name == "Relationship", attributes["TargetMode"] != "External",
              let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"] else { return }
        let kind = type.split(separator: "/").last.map(String.init) ?? type
        relationships.append(Relationship(id: id, kind: kind, target: PackagePath.resolve(target, from: sourcePart)))
    }
}
