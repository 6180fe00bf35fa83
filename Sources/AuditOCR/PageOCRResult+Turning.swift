extension PageOCRResult {
    /// The result as it would read on the page turned clockwise by `quarters` quarter turns:
    /// boxes moved onto the turned page, width and height swapped for an odd number of turns.
    ///
    /// Exact for whole quarter turns, so a page Tesseract read sideways on its own need not be
    /// read again to give upright boxes.
    func turned(clockwiseQuarters quarters: Int) -> PageOCRResult {
        let turns = ((quarters % 4) + 4) % 4
        guard turns != 0 else { return self }
        var turned = self
        turned.words = words.map { word in
            var moved = word
            switch turns {
            case 1:  // (x, y) -> (height - y, x)
                (moved.left, moved.top, moved.right, moved.bottom) = (height - word.bottom, word.left, height - word.top, word.right)
            case 2:  // (x, y) -> (width - x, height - y)
                (moved.left, moved.top, moved.right, moved.bottom) = (width - word.right, height - word.bottom, width - word.left, height - word.top)
            default:  // (x, y) -> (y, width - x)
                (moved.left, moved.top, moved.right, moved.bottom) = (word.top, width - word.right, word.bottom, width - word.left)
            }
            return moved
        }
        if turns % 2 == 1 { (turned.width, turned.height) = (height, width) }
        turned.rotation = (rotation + 90 * turns) % 360
        return turned
    }
}
