import AuditCore

/// Which part of a page a crop shows: a band across the page around the values, as wide as the
/// page's printed content, so a table row is seen whole with the worker it belongs to.
public struct CropGeometry: Sendable, Hashable {
    /// Points of context above and below the values (about two rows of a table).
    public var verticalMargin: Double
    /// The tallest run of values shown whole; a taller one is shown from its top.
    public var maximumValuesHeight: Double
    /// Points of white kept beside the printed content once the page margins are trimmed.
    public var sidePadding: Double
    /// The widest crop; on a wider page a window this wide is centred on the values, so that text
    /// stays legible at the size the report shows it.
    public var maximumWidth: Double

    public init(verticalMargin: Double = 26, maximumValuesHeight: Double = 200, sidePadding: Double = 10,
                maximumWidth: Double = 600) {
        self.verticalMargin = verticalMargin
        self.maximumValuesHeight = maximumValuesHeight
        self.sidePadding = sidePadding
        self.maximumWidth = maximumWidth
    }

    /// The rows of the page to show around `values` (points from the top, within the page).
    public func band(around values: BoundingBox, pageHeight: Double) -> ClosedRange<Double> {
        let top = max(0, values.y0 - verticalMargin)
        let bottom = min(pageHeight, min(values.y1, values.y0 + maximumValuesHeight) + verticalMargin)
        return top...max(top + 1, bottom)
    }

    /// The columns of the page to show: where the band has ink (`ink`, nil when it is blank),
    /// padded, always including `values`, and no wider than `maximumWidth` unless the values are.
    public func columns(ink: ClosedRange<Double>?, around values: BoundingBox, pageWidth: Double) -> ClosedRange<Double> {
        var low = max(0, values.x0 - sidePadding)
        var high = min(pageWidth, values.x1 + sidePadding)
        if let ink {
            low = max(0, min(low, ink.lowerBound - sidePadding))
            high = min(pageWidth, max(high, ink.upperBound + sidePadding))
        }
        guard high - low > maximumWidth else { return low...high }
        let width = max(maximumWidth, values.width + 2 * sidePadding)
        let start = min(max(values.midX - width / 2, low), high - width)
        return start...(start + width)
    }
}
