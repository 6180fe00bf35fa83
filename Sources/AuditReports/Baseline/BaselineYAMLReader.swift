import Yams

/// Reads a YAML baseline with Yams: a list of mappings from field names to text.
///
///     # accepted after the 2026-06 buyer review
///     - rule: china-labor-law/overtime-monthly
///       employeeId: HR-2380
///       period: "2026-05"
///       acceptedBy: Li Na, compliance manager
///       reason: Peak-season waiver, permit 2026-031
///
/// Every value is taken as the text written (`period: 2026-05` is the text 2026-05, not a date);
/// a plain `~`, `null` or nothing is absent. A value that is a list or a mapping, or a field
/// given twice, is refused with its line rather than guessed at, so a baseline never matches
/// findings it was not meant to; so is text that is not YAML, with the line Yams reports.
enum BaselineYAMLReader {
    /// The entries `text` lists, each located by the line it starts on; throws `BaselineProblem`
    /// saying where and what to change when `text` is not such a list.
    static func entries(in text: String) throws -> [RawBaselineEntry] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw BaselineProblem(message: describe(error))
        }
        guard let root else {
            throw BaselineProblem(message: "the file holds no entries; write [] for an empty baseline")
        }
        guard case let .sequence(list) = root else {
            throw BaselineProblem(message: "\(at(root))expected an entry starting with '- ' (a baseline is a list of accepted findings)")
        }
        return try list.enumerated().map { try entry($1, number: $0 + 1) }
    }

    /// List item `number`: a mapping whose keys are field names and whose values are scalars.
    private static func entry(_ node: Node, number: Int) throws -> RawBaselineEntry {
        guard case let .mapping(mapping) = node else {
            throw BaselineProblem(message: "\(at(node))an entry is 'field: value' lines (rule, acceptedBy, reason, …), not \(kind(of: node))")
        }
        var entry = RawBaselineEntry(location: node.mark.map { "the entry on line \($0.line)" } ?? "entry \(number)", fields: [:])
        var given: Set<String> = []
        for (key, value) in mapping {
            guard case let .scalar(name) = key else {
                throw BaselineProblem(message: "\(at(key))a field name is a word such as rule or reason, not \(kind(of: key))")
            }
            guard given.insert(name.string).inserted else {
                throw BaselineProblem(message: "\(at(key))'\(name.string)' is given twice in \(entry.location); keep one")
            }
            guard case let .scalar(scalar) = value else {
                throw BaselineProblem(message: "\(at(value))the value of '\(name.string)' is \(kind(of: value)); write one text, in double quotes if it holds [ ] { } or ': '")
            }
            if !isAbsent(scalar) { entry.fields[name.string] = scalar.string }
        }
        return entry
    }

    /// Whether a scalar stands for no value: `~`, `null` or nothing, unquoted.
    private static func isAbsent(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// `line N: ` for a node read from the file.
    private static func at(_ node: Node) -> String {
        node.mark.map { "line \($0.line): " } ?? ""
    }

    /// What a node is, for messages: `a list`, `a mapping` or `the text 'x'`.
    private static func kind(of node: Node) -> String {
        switch node {
        case let .scalar(scalar): return "the text '\(scalar.string)'"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    /// Yams's error as a line number, the problem, and what to look at.
    private static func describe(_ error: YamlError) -> String {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let during = context.map { " \($0.text) that starts on line \($0.mark.line)" } ?? ""
            return "line \(mark.line): not valid YAML: \(problem)\(during); check the quotes, the indentation and the ': ' after each field name there"
        case let .reader(problem, _, _, _):
            return "not readable as YAML: \(problem); save the file as UTF-8 text"
        default:
            return "not valid YAML: \(error)"
        }
    }
}
