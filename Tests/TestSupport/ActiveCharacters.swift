/// The control and invisible format characters in `text` other than `allowed`, each with the
/// text around it, so that a failure shows where they are.
public func activeCharacters(in text: String, allowing allowed: Set<Unicode.Scalar> = ["\n"]) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return scalars.indices.filter { index in
        let scalar = scalars[index]
        return !allowed.contains(scalar)
            && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.generalCategory == .format)
    }.map { index in
        var around = String.UnicodeScalarView()
        around.append(contentsOf: scalars[max(0, index - 30)..<min(scalars.count, index + 30)])
        return "U+\(String(scalars[index].value, radix: 16)) in \(String(around).debugDescription)"
    }
}
