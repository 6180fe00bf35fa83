import AuditTestSupport
import Foundation
import Testing

/// The targets of Package.swift, their declared dependencies among the package's own modules,
/// and the package modules their sources import.
struct PackageGraph {
    struct Target {
        var name: String
        var folder: URL
        var declared: Set<String>
    }

    var targets: [Target]
    var modules: Set<String>

    init(repository: URL) throws {
        let manifest = try String(contentsOf: repository.appendingPathComponent("Package.swift"), encoding: .utf8)
        let system = try Regex(#"\.systemLibrary\(name: "(\w+)""#)
        let target = try Regex(#"\.(target|executableTarget|testTarget)\(name: "(\w+)"(?:, dependencies: \[([^\]]*)\])?(?:, path: "([^"]+)")?"#)
        let quoted = try Regex(#""(\w+)""#)
        var modules = Set(manifest.matches(of: system).compactMap { $0.output[1].substring.map(String.init) })
        var targets: [Target] = []
        for match in manifest.matches(of: target) {
            guard let kind = match.output[1].substring, let name = match.output[2].substring.map(String.init) else { continue }
            let dependencies = match.output[3].substring.map(String.init) ?? ""
            let declared = Set(dependencies.matches(of: quoted).compactMap { $0.output[1].substring.map(String.init) })
            let folder = match.output[4].substring.map { repository.appendingPathComponent(String($0)) }
                ?? repository.appendingPathComponent(kind == "testTarget" ? "Tests" : "Sources").appendingPathComponent(name)
            targets.append(Target(name: name, folder: folder, declared: declared))
            modules.insert(name)
        }
        self.targets = targets
        self.modules = modules
    }

    /// The package modules the Swift files under `folder` import (`import X`, `@testable import X`, …).
    func imports(in folder: URL) throws -> Set<String> {
        let statement = try Regex(#"(?m)^(?:@\w+ )*import (\w+)"#)
        var found: Set<String> = []
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: statement) {
                if let module = match.output[1].substring.map(String.init), modules.contains(module) { found.insert(module) }
            }
        }
        return found
    }
}

@Suite("The package graph matches the code")
struct PackageGraphTests {
    @Test("Every target declares exactly the package's own modules its sources import, no fewer and no more")
    func declaredIsImported() throws {
        let graph = try PackageGraph(repository: CLIRunner.repository)
        #expect(graph.targets.count > 20)
        for target in graph.targets where FileManager.default.fileExists(atPath: target.folder.path) {
            let imported = try graph.imports(in: target.folder)
            let declared = target.declared.intersection(graph.modules)
            #expect(imported.subtracting(declared).isEmpty, "\(target.name) imports \(imported.subtracting(declared).sorted()) without declaring them")
            #expect(declared.subtracting(imported).isEmpty, "\(target.name) declares \(declared.subtracting(imported).sorted()) and imports none of them")
        }
    }
}
