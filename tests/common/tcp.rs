//! A raw TCP server for faults no HTTP framework will produce: a connection dropped after
//! part of the body, a server that stops reading, an answer that never comes, or any
//! hand-written response. It counts what arrived.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
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
}

pub struct TcpFault {
    pub port: u16,
    pub connections: Arc<AtomicUsize>,
    /// Body bytes received, per connection.
    pub received: Arc<Mutex<Vec<usize>>>,
    /// Request heads (request line + headers), per connection.
    pub heads: Arc<Mutex<Vec<String>>>,
}

impl TcpFault {
    pub fn start(plan: Vec<Behaviour>) -> TcpFault {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
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
        TcpFault { port, connections, received, heads }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
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
    let head = String::from_utf8_lossy(&head).into_owned();
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
    }
}
