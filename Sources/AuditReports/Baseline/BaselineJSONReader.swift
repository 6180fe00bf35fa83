import Foundation

/// Reads a JSON baseline: a list of objects whose values are strings (null counts as absent).
enum BaselineJSONReader {
    static func entries(in text: String) throws -> [RawBaselineEntry] {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw BaselineProblem(message: "not valid JSON (\(describe(error)))")
        }
        guard let list = value as? [Any] else {
            throw BaselineProblem(message: "the JSON must be a list of accepted findings, [ {\"rule\": …, \"acceptedBy\": …, \"reason\": …} ]")
        }
        return try list.enumerated().map { index, element in
            let location = "entry \(index + 1)"
            guard let object = element as? [String: Any] else {
                throw BaselineProblem(message: "\(location) is not an object with rule, acceptedBy and reason")
            }
            var fields: [String: String] = [:]
            for (key, value) in object {
                switch value {
                case let text as String: fields[key] = text
                case is NSNull: continue
                default: throw BaselineProblem(message: "\(location): '\(key)' must be text in quotes")
                }
            }
            return RawBaselineEntry(location: location, fields: fields)
        }
    }

    /// Foundation's parse error with its position, without the framework's boilerplate.
    private static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        return (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
    }
}
