//! A hostile HTTP server on 127.0.0.1: raw TCP, so it can do what no HTTP framework allows
//! (never answer, trickle the head, answer before reading the body, put control characters
//! in headers, cycle page cursors). Each connection is handed to the test's script, which
//! reads the request and writes whatever it likes; everything it received is recorded.
//! Every wait is bounded, so a test that goes wrong ends instead of hanging.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The longest any script waits on a socket.
const SOCKET_WAIT: Duration = Duration::from_secs(20);
/// The largest request head the server reads.
const MAX_HEAD: usize = 64 * 1024;

/// One request as the server saw it.
#[derive(Clone, Debug, Default)]
pub struct Request {
    pub method: String,
    pub target: String,
    pub head: String,
    pub content_length: usize,
    /// Body bytes the script read.
    pub body: Vec<u8>,
}

impl Request {
    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or("")
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim().eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
}

/// One connection, for the script.
pub struct Conn {
    pub stream: TcpStream,
    log: Arc<Mutex<Vec<Request>>>,
    slot: Option<usize>,
}

impl Conn {
    /// Read the next request head (None when the client closed or sent garbage).
    pub fn head(&mut self) -> Option<Request> {
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            if head.len() > MAX_HEAD {
                return None;
            }
            match self.stream.read(&mut byte) {
                Ok(1) => head.push(byte[0]),
                _ => return None,
            }
        }
        let text = String::from_utf8_lossy(&head).into_owned();
        let mut first = text.lines().next().unwrap_or("").split(' ');
        let method = first.next().unwrap_or("").to_string();
        let target = first.next().unwrap_or("").to_string();
        let mut request = Request { method, target, head: text, ..Request::default() };
        request.content_length = request.header("content-length").and_then(|v| v.parse().ok()).unwrap_or(0);
        let mut log = self.log.lock().unwrap();
        log.push(request.clone());
        self.slot = Some(log.len() - 1);
        Some(request)
    }

    /// Read up to `n` body bytes of the current request (fewer if the client stops).
    pub fn body(&mut self, n: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(n.min(1 << 20));
        let mut buf = vec![0u8; 64 * 1024];
        while out.len() < n {
            let want = buf.len().min(n - out.len());
            match self.stream.read(&mut buf[..want]) {
                Ok(0) | Err(_) => break,
                Ok(got) => out.extend_from_slice(&buf[..got]),
            }
        }
        if let Some(slot) = self.slot {
            self.log.lock().unwrap()[slot].body.extend_from_slice(&out);
        }
        out
    }

    /// The head, then the whole body it announces.
    pub fn request(&mut self) -> Option<Request> {
        let mut r = self.head()?;
        r.body = self.body(r.content_length);
        Some(r)
    }

    /// Write bytes (errors ignored: the client may be gone).
    pub fn send(&mut self, bytes: &[u8]) {
        let _ = self.stream.write_all(bytes);
        let _ = self.stream.flush();
    }

    /// Keep the connection open and silent for `d` (or until the client goes).
    pub fn hang(&mut self, d: Duration) {
        self.stream.set_read_timeout(Some(d)).ok();
        let mut sink = [0u8; 4096];
        let start = std::time::Instant::now();
        while start.elapsed() < d {
            match self.stream.read(&mut sink) {
                Ok(0) => return,
                Ok(_) => {}
                Err(_) => return,
            }
        }
    }
}

pub struct Hostile {
    pub port: u16,
    pub log: Arc<Mutex<Vec<Request>>>,
    pub connections: Arc<AtomicUsize>,
}

impl Hostile {
    /// Serve every connection with `script` on its own thread.
    pub fn start(script: impl Fn(&mut Conn) + Send + Sync + 'static) -> Hostile {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let log = Arc::new(Mutex::new(Vec::new()));
        let connections = Arc::new(AtomicUsize::new(0));
        let script = Arc::new(script);
        let (l, c) = (log.clone(), connections.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                stream.set_read_timeout(Some(SOCKET_WAIT)).ok();
                stream.set_write_timeout(Some(SOCKET_WAIT)).ok();
                c.fetch_add(1, Ordering::SeqCst);
                let (script, log) = (script.clone(), l.clone());
                std::thread::spawn(move || {
                    let mut conn = Conn { stream, log, slot: None };
                    script(&mut conn);
                });
            }
        });
        Hostile { port, log, connections }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn requests(&self) -> Vec<Request> {
        self.log.lock().unwrap().clone()
    }

    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

/// A complete answer with a body and a Content-Length; the connection is closed after it.
pub fn answer(status: u16, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status} X\r\n");
    for (k, v) in headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str(&format!("content-length: {}\r\nconnection: close\r\n\r\n", body.len()));
    let mut bytes = out.into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

/// A JSON answer.
pub fn json(status: u16, body: &str) -> Vec<u8> {
    answer(status, &[("content-type", "application/json")], body.as_bytes())
}
