import AuditCore

/// Shorthand for `UntrustedText.html` where markup is assembled.
func esc(_ text: String) -> String { UntrustedText.html(text) }
