import AuditCore
import Foundation
import Yams

/// Finds and reads rule packs, refusing a malformed one with its file, line and reason.
public struct RulePackLoader: Sendable {
    /// Folders searched in order for `NAME.yaml`.
    public var directories: [URL]

    public init(directories: [URL]) {
        self.directories = directories
    }

    /// Loads the named packs, in the order given.
    public func load(_ names: [String]) throws -> [RulePack] {
        try names.map { name in
            guard let url = directories.map({ $0.appendingPathComponent("\(name).yaml") })
                .first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
                let searched = directories.map(\.path).joined(separator: ", ")
                throw RulePackError(file: "\(name).yaml", line: nil,
                                    reason: "no rule pack named '\(name)' in \(searched); `auditready rules list` shows the packs there")
            }
            return try load(file: url)
        }
    }

    /// Reads and validates one pack file.
    public func load(file url: URL) throws -> RulePack {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw RulePackError(file: url.path, line: nil, reason: "cannot be read: \(error.localizedDescription)")
        }
        var pack: RulePack
        do {
            pack = try YAMLDecoder().decode(RulePack.self, from: text)
        } catch let error as YamlError {
            throw RulePackError(file: url.path, line: Self.line(of: error), reason: "is not valid YAML: \(error)")
        } catch let error as DecodingError {
            if case let .dataCorrupted(context) = error, let yaml = context.underlyingError as? YamlError {
                throw RulePackError(file: url.path, line: Self.line(of: yaml), reason: "is not valid YAML: \(yaml)")
            }
            throw RulePackError(file: url.path, line: Self.line(of: error, in: text), reason: Self.describe(error))
        }
        pack.source = url.path
        try validate(pack, text: text, file: url.path)
        pack.reference = try ReferenceData.load(from: [url.deletingLastPathComponent()] + directories)
        return pack
    }

    /// Every `*.yaml` pack name in the search folders.
    public func availablePacks() -> [String] {
        var names: Set<String> = []
        for directory in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for file in files where file.hasSuffix(".yaml") { names.insert(String(file.dropLast(5))) }
        }
        return names.sorted()
    }

    func validate(_ pack: RulePack, text: String, file: String) throws {
        var seen: Set<String> = []
        for rule in pack.rules {
            let line = Self.line(containing: "id: \(rule.id)", in: text)
            guard seen.insert(rule.id).inserted else {
                throw RulePackError(file: file, line: line, reason: "rule id '\(rule.id)' appears twice")
            }
            guard let check = CheckRegistry.check(named: rule.check) else {
                throw RulePackError(file: file, line: line,
                                    reason: "rule '\(rule.id)' names an unknown check '\(rule.check)'; known checks: \(CheckRegistry.names.joined(separator: ", "))")
            }
            guard check.category == rule.category else {
                throw RulePackError(file: file, line: line,
                                    reason: "rule '\(rule.id)' says category '\(rule.category.rawValue)' but check '\(rule.check)' reports '\(check.category.rawValue)'")
            }
            for parameter in check.requiredNumbers where rule.number(parameter) == nil {
                throw RulePackError(file: file, line: line,
                                    reason: "rule '\(rule.id)' needs the number parameter '\(parameter)' (\(check.parameterHelp[parameter] ?? ""))")
            }
        }
        try validateTranslations(pack, text: text, file: file)
    }

    /// A rule's `zh:` block holds its rationale, clause and action in Chinese, all three, each
    /// with text, and nothing else (a misspelt key would leave a text untranslated unnoticed).
    /// Decoding has already refused a block that lacks one of them.
    func validateTranslations(_ pack: RulePack, text: String, file: String) throws {
        let blocks = (try? Yams.compose(yaml: text))?["rules"]?.sequence ?? []
        for block in blocks {
            guard let id = block["id"]?.string, let zh = block["zh"] else { continue }
            let line = zh.mark.map { $0.line }
            guard let mapping = zh.mapping else {
                throw RulePackError(file: file, line: line, reason: "rule '\(id)' has a zh: that is not a block of \(RuleTexts.keys.joined(separator: ", "))")
            }
            for key in mapping.keys.compactMap(\.string) where !RuleTexts.keys.contains(key) {
                throw RulePackError(file: file, line: line,
                                    reason: "rule '\(id)' has an unknown key '\(key)' under zh: (it takes \(RuleTexts.keys.joined(separator: ", ")))")
            }
        }
        for rule in pack.rules {
            guard let zh = rule.zh else { continue }
            for (key, value) in zip(RuleTexts.keys, [zh.rationale, zh.clause, zh.action])
            where value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw RulePackError(file: file, line: Self.line(containing: "id: \(rule.id)", in: text),
                                    reason: "rule '\(rule.id)' has an empty zh.\(key)")
            }
        }
    }

    static func line(of error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return mark.line
        default:
            return nil
        }
    }

    /// The line of the first key on the error's coding path, found in the text.
    static func line(of error: DecodingError, in text: String) -> Int? {
        let path: [CodingKey]
        switch error {
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            path = context.codingPath
        case let .keyNotFound(key, context):
            path = context.codingPath + [key]
        @unknown default:
            return nil
        }
        guard let last = path.last(where: { $0.intValue == nil }) else { return nil }
        return line(containing: "\(last.stringValue):", in: text)
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case let .keyNotFound(key, context):
            return "misses the key '\(key.stringValue)' at \(pathText(context.codingPath))"
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return "has a wrong value at \(pathText(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "is malformed: \(error)"
        }
    }

    static func pathText(_ path: [CodingKey]) -> String {
        path.isEmpty ? "the top level" : path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    static func line(containing needle: String, in text: String) -> Int? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains(needle) {
            return index + 1
        }
        return nil
    }
}

/// A rule pack that cannot be used, with where and why.
public struct RulePackError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var reason: String

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(reason)"
    }
}
