//! A raw TCP server for faults no HTTP framework will produce: a connection dropped after
//! part of the body, a server that stops reading, an answer that never comes, or any
//! hand-written response, or a faithful relay to a real server (so a fault can be followed
//! by a success the sandbox records). It counts what arrived.

use std::io::{Read, Write};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What the server does with each connection, in order; the last one repeats.
#[derive(Clone, Debug)]
pub enum Behaviour {
    /// Read the headers and this many body bytes, then close the connection.
    DropAfter(usize),
    /// Read the headers, then stop reading (the client's sends stall).
    StopReading,
    /// Read the whole request, then never answer.
    NoAnswer,
    /// Read the whole request, then write these bytes and close.
    Respond(Vec<u8>),
    /// Relay the request (head and body) to this server and its answer back, then close.
    Forward(SocketAddr),
}

pub struct TcpFault {
    pub ip: IpAddr,
    pub port: u16,
    pub connections: Arc<AtomicUsize>,
    /// Body bytes received, per connection.
    pub received: Arc<Mutex<Vec<usize>>>,
    /// Request heads (request line + headers), per connection.
    pub heads: Arc<Mutex<Vec<String>>>,
}

impl TcpFault {
    pub fn start(plan: Vec<Behaviour>) -> TcpFault {
        Self::start_on([127, 0, 0, 1].into(), plan)
    }

    /// The same on another local address (e.g. 127.0.0.2, another "host" for redirects).
    pub fn start_on(ip: IpAddr, plan: Vec<Behaviour>) -> TcpFault {
        let listener = TcpListener::bind((ip, 0)).unwrap();
        let port = listener.local_addr().unwrap().port();
        let connections = Arc::new(AtomicUsize::new(0));
        let received = Arc::new(Mutex::new(Vec::new()));
        let heads = Arc::new(Mutex::new(Vec::new()));
        let (c, r, h) = (connections.clone(), received.clone(), heads.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let n = c.fetch_add(1, Ordering::SeqCst);
                let behaviour = plan.get(n).or(plan.last()).cloned().unwrap();
                let (r, h) = (r.clone(), h.clone());
                std::thread::spawn(move || serve(stream, behaviour, r, h));
            }
        });
        TcpFault { ip, port, connections, received, heads }
    }

    pub fn url(&self) -> String {
        format!("http://{}:{}", self.ip, self.port)
    }

    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

/// A complete HTTP/1.1 response with a JSON body.
pub fn json_response(status: u16, body: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

fn serve(
    mut stream: TcpStream,
    behaviour: Behaviour,
    received: Arc<Mutex<Vec<usize>>>,
    heads: Arc<Mutex<Vec<String>>>,
) {
    stream.set_read_timeout(Some(Duration::from_secs(30))).ok();
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
    }
    let raw_head = head;
    let head = String::from_utf8_lossy(&raw_head).into_owned();
    let length = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse::<usize>().unwrap_or(0))
        })
        .unwrap_or(0);
    heads.lock().unwrap().push(head);
    let index = {
        let mut r = received.lock().unwrap();
        r.push(0);
        r.len() - 1
    };
    let mut read_body = |limit: usize| {
        let mut buf = vec![0u8; 64 * 1024];
        let mut total = 0;
        while total < limit {
            let want = buf.len().min(limit - total);
            match stream.read(&mut buf[..want]) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    total += n;
                    received.lock().unwrap()[index] = total;
                }
            }
        }
    };
    match behaviour {
        Behaviour::DropAfter(n) => {
            read_body(n.min(length));
            let _ = stream.shutdown(std::net::Shutdown::Both);
        }
        Behaviour::StopReading => std::thread::sleep(Duration::from_secs(60)),
        Behaviour::NoAnswer => {
            read_body(length);
            std::thread::sleep(Duration::from_secs(60));
        }
        Behaviour::Respond(bytes) => {
            read_body(length);
            let _ = stream.write_all(&bytes);
            let _ = stream.flush();
        }
        Behaviour::Forward(upstream) => {
            forward(&mut stream, &raw_head, length, upstream, &received, index);
        }
    }
}

/// Relay one request to `upstream` (asking it to close after answering, so its answer ends
/// at EOF) and the answer back.
fn forward(
    client: &mut TcpStream,
    head: &[u8],
    length: usize,
    upstream: SocketAddr,
    received: &Mutex<Vec<usize>>,
    index: usize,
) {
    let Ok(mut server) = TcpStream::connect(upstream) else { return };
    let text = String::from_utf8_lossy(head);
    let mut lines: Vec<&str> =
        text.split("\r\n").filter(|l| !l.is_empty() && !l.to_ascii_lowercase().starts_with("connection:")).collect();
    lines.push("connection: close");
    let head = format!("{}\r\n\r\n", lines.join("\r\n"));
    if server.write_all(head.as_bytes()).is_err() {
        return;
    }
    let mut buf = vec![0u8; 64 * 1024];
    let mut total = 0;
    while total < length {
        let want = buf.len().min(length - total);
        match client.read(&mut buf[..want]) {
            Ok(0) | Err(_) => return,
            Ok(n) => {
                if server.write_all(&buf[..n]).is_err() {
                    return;
                }
                total += n;
                received.lock().unwrap()[index] = total;
            }
        }
    }
    let mut answer = Vec::new();
    let _ = server.read_to_end(&mut answer);
    let _ = client.write_all(&answer);
    let _ = client.flush();
}

/// A hand-written HTTP/1.1 answer with any status and headers, and no body.
pub fn bare_response(status: u16, headers: &[(&str, &str)]) -> Vec<u8> {
    let mut text = format!("HTTP/1.1 {status} X\r\n");
    for (k, v) in headers {
        text.push_str(&format!("{k}: {v}\r\n"));
    }
    text.push_str("content-length: 0\r\nconnection: close\r\n\r\n");
    text.into_bytes()
}
