import AuditEvidence
import Synchronization

/// Where `ArchiveOrder` adds the documents' results, one at a time, in archive order: the check's
/// `CollectedDocuments`.
protocol DocumentOutcomeSink: Sendable {
    mutating func add(_ outcome: DocumentStage.Outcome)
}

/// Puts the documents' results back in archive order and adds them, one at a time, to `Sink`.
///
/// A document long enough to be read in parts (see `DocumentProcessor.process`) hands each part
/// on as soon as every earlier entry has been added: its reading task waits for that rather
/// than holding the parts, so a year of attendance in one file never waits whole in memory.
actor ArchiveOrder<Sink: DocumentOutcomeSink> {
    private var collected: Sink
    /// Results that finished before an earlier entry's, by entry.
    private var waiting: [Int: DocumentStage.Outcome] = [:]
    private var nextToDeliver = 0
    /// Reading tasks whose next part waits for every earlier entry, by entry.
    private var turns: [Int: CheckedContinuation<Void, Never>] = [:]
    /// Intake, waiting with entry `index` until fewer than `window` entries wait.
    private var room: (index: Int, continuation: CheckedContinuation<Void, Never>)?
    /// Entries handed to the stage and not yet added, at most.
    private let window: Int
    private var cached = 0
    /// Entries added so far; read by intake's thread for its progress.
    private let delivered = Atomic<Int>(0)

    init(_ collected: Sink, window: Int) {
        self.collected = collected
        self.window = max(1, window)
    }

    /// Entries added so far.
    nonisolated var finishedCount: Int { delivered.load(ordering: .relaxed) }

    /// Takes entry `index`'s result; adds it and every waiting one after it once every earlier one is added.
    func finished(_ outcome: DocumentStage.Outcome, at index: Int, fromCache: Bool = false) {
        if fromCache { cached += 1 }
        waiting[index] = outcome
        while let ready = waiting.removeValue(forKey: nextToDeliver) {
            collected.add(ready)
            nextToDeliver += 1
            delivered.add(1, ordering: .relaxed)
        }
        turns.removeValue(forKey: nextToDeliver)?.resume()
        if let room, room.index - nextToDeliver < window {
            self.room = nil
            room.continuation.resume()
        }
    }

    /// Adds a part of entry `index` once every earlier entry has been added.
    func part(_ part: EvidenceModel, of index: Int) async {
        if nextToDeliver != index {
            await withCheckedContinuation { turns[index] = $0 }
        }
        collected.add(.part(part))
    }

    /// Returns once entry `index` may be handed to the stage: fewer than `window` entries before
    /// it wait to be added.
    func waitForRoom(for index: Int) async {
        guard index - nextToDeliver >= window else { return }
        await withCheckedContinuation { room = (index, $0) }
    }

    /// What was collected, and how many documents' readings came from the result cache.
    func result() -> (collected: Sink, cached: Int) {
        (collected, cached)
    }
}
