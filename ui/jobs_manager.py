"""The window's background jobs: started in its thread pool, remembered until they
report, and cancelled (between files) when the window closes."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, Slot

from ui.workers import Job, start_job


class JobsManager(QObject):
    """Runs jobs two at a time; the window never waits for one while it is open."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.jobs: list[Job] = []

    def start(self, job: Job) -> None:
        self.jobs.append(job)
        # Bound slots of this object (which lives in the UI thread), so they run there.
        job.finished.connect(self._forget)
        job.failed.connect(self._forget)
        start_job(job, self.pool)

    def withdraw(self, job: Job) -> bool:
        """Take a job that has not started yet out of the queue; True if it was."""
        if job.done or not self.pool.tryTake(job):
            return False
        self.jobs.remove(job)
        return True

    @Slot()
    def _forget(self, *_args) -> None:
        # Only the job that reported: another one may be done already while its report
        # still waits in the queue (then the window is not idle yet).
        sender = self.sender()
        if sender is None:
            self.jobs = [job for job in self.jobs if not job.done]
        else:
            self.jobs = [job for job in self.jobs if job.signals is not sender]

    def running(self) -> bool:
        return bool(self.jobs)

    def stop_all(self) -> None:
        """Ask every job to stop and wait for them: an import stops between files (each
        file is one transaction), so this never leaves half a document behind."""
        for job in list(self.jobs):
            job.cancel()
        self.pool.waitForDone()
