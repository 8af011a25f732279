"""A TCP proxy before a PostgreSQL server that can cut a connection right after the
server has answered a COMMIT, before the client reads the answer.

That is the one moment a client cannot know on its own whether its change was stored:
the server committed, and the connection went before the client heard. The fault tests
use it to check that the client asks the server afterwards rather than guessing.
Plain sockets and threads; the client must not use SSL (`sslmode=disable`).
"""

from __future__ import annotations

import socket
import threading


class CuttingProxy:
    """Listens on 127.0.0.1:`port` and forwards to `target_port`. After `cut_after_commit()`,
    the next connection that sends a COMMIT gets the server's answer withheld and is cut."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._armed = threading.Event()
        self.cut = threading.Event()  # set once a connection was cut after its COMMIT
        self.refusing = False  # True: new connections are closed at once (the server "down")
        self._closing = False
        self._then_refuse = False
        threading.Thread(target=self._accept, daemon=True).start()

    def cut_after_commit(self, then_refuse: bool = False) -> None:
        """Cut the next connection that commits; with `then_refuse`, refuse every
        connection after that cut (as a server that does not come back)."""
        self.cut.clear()
        self._then_refuse = then_refuse
        self._armed.set()

    def close(self) -> None:
        self._closing = True
        self._listener.close()

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self.refusing:
                client.close()
                continue
            server = socket.create_connection(("127.0.0.1", self.target_port))
            state = {"committing": False}
            threading.Thread(
                target=self._pump, args=(client, server, state, True), daemon=True
            ).start()
            threading.Thread(
                target=self._pump, args=(server, client, state, False), daemon=True
            ).start()

    def _pump(self, source: socket.socket, sink: socket.socket, state: dict, upstream: bool):
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if upstream and self._armed.is_set() and b"COMMIT" in data:
                    state["committing"] = True
                    self._armed.clear()
                if not upstream and state["committing"]:
                    # the server's answer to the COMMIT: withhold it and cut both ways
                    self.refusing = self._then_refuse
                    self.cut.set()
                    break
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                try:
                    end.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                end.close()
