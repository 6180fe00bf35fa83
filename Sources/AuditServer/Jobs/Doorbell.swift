/// Wakes the job queue's workers when a check is queued, so they need not poll often.
actor Doorbell {
    private var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
    private var nextWaiter = 0
    /// A ring nobody was waiting for: the next `wait` returns at once.
    private var pending = false

    /// Wakes every waiting worker, or the next one to wait.
    func ring() {
        if waiters.isEmpty { pending = true }
        for waiter in waiters.values { waiter.resume() }
        waiters.removeAll()
    }

    /// Returns when rung, or after `timeout` at the latest.
    func wait(timeout: Duration) async {
        if pending {
            pending = false
            return
        }
        let id = nextWaiter
        nextWaiter += 1
        await withCheckedContinuation { continuation in
            waiters[id] = continuation
            Task {
                try? await Task.sleep(for: timeout)
                self.expire(id)
            }
        }
    }

    private func expire(_ id: Int) {
        waiters.removeValue(forKey: id)?.resume()
    }
}
