//! Connection failures that point at the fix (issue #21, point 6): a refused port, a name
//! that does not resolve, a failed TLS handshake and a connect timeout each name the host and
//! port and the setting that chose the address (a flag, an env var, a file and its key, the
//! prompt), are not offered as something to wait out, and exit with their documented code.
//! A login whose address answers 404 or a web page names the address it tried. Everything
//! stays on 127.0.0.1: names under `.invalid` fail in chatdrop's resolver (RFC 6761), before
//! any name server is asked.

use std::net::TcpListener;

use crate::common::tcp::{Behaviour, TcpFault};
use crate::common::*;

/// A port on 127.0.0.1 where nothing listens: bound, then let go.
fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// The env var of `svc`'s base URL, and the URL it takes to point at `base` (host and port,
/// as `http://127.0.0.1:PORT`), with the path its sandbox value has.
fn url_at(t: &TestEnv, svc: &str, base: &str) -> (String, String) {
    let env = service(svc).url_env();
    let sandbox = t.sandbox.env().into_iter().find(|(k, _)| *k == env).unwrap().1;
    (env, sandbox.replace(&t.sandbox.base_url(), base))
}

/// Each service's read-only command (nothing to upload, so every failure is the connection's).
fn list_command(svc: &str) -> Vec<&str> {
    service(svc).read_only()
}

/// What every such failure must say, and must not: the address, the setting, no "later".
fn assert_points_at(r: &Run, at: &str, setting: &str) {
    assert_names(r, at, setting);
    assert!(!r.stderr.to_lowercase().contains("try again later"), "nothing to wait out:\n{}", r.stderr);
}

/// The address and the setting that chose it, on stderr.
fn assert_names(r: &Run, at: &str, setting: &str) {
    assert!(r.stderr.contains(at), "the address {at}:\n{}", r.stderr);
    assert!(r.stderr.contains(setting), "the setting `{setting}`:\n{}", r.stderr);
}

/// `[default.<svc>] <key> = "<url>"` in `file` (config.toml or credentials.toml).
fn write_setting(file: &std::path::Path, svc: &str, key: &str, url: &str) {
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(file, format!("[default.{svc}]\n{key} = \"{url}\"\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
}

#[test]
fn a_refused_port_names_the_address_and_its_setting_for_every_service() {
    let port = closed_port();
    let at = format!("127.0.0.1:{port}");
    for svc in services() {
        let t = TestEnv::new();
        let (env, url) = url_at(&t, svc.name, &format!("http://{at}"));
        let r = run(t.cmd(svc.name).env(&env, &url).args(list_command(svc.name)));
        assert_eq!(r.code, 5, "{}: {}", svc.name, r.stderr);
        assert_points_at(&r, &at, &format!("the environment variable {env}"));
        assert!(r.stderr.contains("connection refused"), "{}", r.stderr);
        assert!(!r.stderr.contains("retrying"), "a refused first contact is not retried: {}", r.stderr);
    }
}

#[test]
fn a_refused_port_names_the_flag_the_env_var_or_the_file_and_key() {
    let port = closed_port();
    let at = format!("127.0.0.1:{port}");
    let url = format!("http://{at}/connect");
    let t = TestEnv::new();
    // The flag, at login (the password from stdin, so no prompt).
    let r = run(t
        .bare()
        .args(["login", "connect", "--url", &url, "--login", chatdrop::sandbox::connect::LOGIN, "--with-token"])
        .write_stdin(format!("{}\n", chatdrop::sandbox::connect::PASSWORD)));
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert_points_at(&r, &at, "the flag --url");
    assert!(!t.config_dir().join("credentials.toml").exists(), "nothing stored");

    // The env var.
    let r = run(t.cmd("connect").env("CHATDROP_CONNECT_URL", &url).args(["connect", "lines"]));
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert_points_at(&r, &at, "the environment variable CHATDROP_CONNECT_URL");

    // The config file and its key (the sandbox's credentials from env, the URL from the file).
    let config = t.config_dir().join("config.toml");
    write_setting(&config, "connect", "url", &url);
    let mut cmd = t.cmd("connect");
    cmd.env_remove("CHATDROP_CONNECT_URL").args(["connect", "lines"]);
    let r = run(&mut cmd);
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert_points_at(&r, &at, &format!("`url` under [default.connect] in {}", config.display()));
    std::fs::remove_file(&config).unwrap();

    // The credentials file (where `login` stores a URL that is not the default).
    let credentials = t.config_dir().join("credentials.toml");
    write_setting(&credentials, "connect", "url", &url);
    let mut cmd = t.cmd("connect");
    cmd.env_remove("CHATDROP_CONNECT_URL").args(["connect", "lines"]);
    let r = run(&mut cmd);
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert_points_at(&r, &at, &format!("`url` under [default.connect] in {}", credentials.display()));
}

#[test]
fn a_name_that_does_not_resolve_is_a_setting_to_fix() {
    // `.invalid` never resolves (RFC 6761): chatdrop answers it without asking a name server.
    let host = "chatdrop-test.invalid";
    let at = format!("{host}:8443");
    let url = format!("https://{at}/protocol");
    let t = TestEnv::new();
    let r = run(t.cmd("protocol").env("CHATDROP_PROTOCOL_URL", &url).args(["protocol", "conversations"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_points_at(&r, &at, "the environment variable CHATDROP_PROTOCOL_URL");
    assert!(r.stderr.contains(&format!("no host named {host}")), "{}", r.stderr);
    assert!(!r.stderr.contains("retrying"), "{}", r.stderr);

    let token = format!("{}\n", chatdrop::sandbox::protocol::TOKEN);
    let r = run(t.bare().args(["login", "protocol", "--with-token", "--url", &url]).write_stdin(token));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_points_at(&r, &at, "the flag --url");

    let config = t.config_dir().join("config.toml");
    write_setting(&config, "protocol", "url", &url);
    let mut cmd = t.cmd("protocol");
    cmd.env_remove("CHATDROP_PROTOCOL_URL").args(["protocol", "conversations"]);
    let r = run(&mut cmd);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_points_at(&r, &at, &format!("`url` under [default.protocol] in {}", config.display()));

    // Every service words it the same way (one place: Context::explain).
    for svc in services() {
        let (env, url) = url_at(&t, svc.name, &format!("http://{at}"));
        let mut cmd = t.cmd(svc.name);
        cmd.env(&env, &url).args(list_command(svc.name));
        let r = run(&mut cmd);
        assert_eq!(r.code, 2, "{}: {}", svc.name, r.stderr);
        assert_points_at(&r, &at, &format!("the environment variable {env}"));
    }
}

/// A server that answers every TLS ClientHello with a fatal handshake_failure alert; counts
/// the connections.
fn tls_refusing_server() -> (u16, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use std::io::{Read, Write};
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let count = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let seen = count.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            seen.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let mut hello = [0u8; 4096];
            let _ = stream.read(&mut hello);
            // alert record, TLS 1.2, length 2: fatal (2), handshake_failure (40).
            let _ = stream.write_all(&[0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28]);
        }
    });
    (port, count)
}

#[test]
fn a_failed_tls_handshake_names_the_address_and_is_not_retried() {
    let (port, connections) = tls_refusing_server();
    let at = format!("127.0.0.1:{port}");
    let t = TestEnv::new();
    let r = run(t.cmd("pyrus").env("CHATDROP_PYRUS_AUTH_URL", format!("https://{at}/pyrus/accounts/v4")).args([
        "pyrus",
        "download",
        "0b7e0f3e-1111-4a4a-8b8b-123456789abc",
    ]));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_points_at(&r, &at, "the environment variable CHATDROP_PYRUS_AUTH_URL");
    assert!(r.stderr.contains("TLS handshake"), "{}", r.stderr);
    assert_eq!(connections.load(std::sync::atomic::Ordering::SeqCst), 1, "not retried");
}

/// A listener whose accept queue is full: the kernel drops further connection attempts, so a
/// connect waits until chatdrop's connect timeout (Linux drops the SYN on 127.0.0.1).
#[cfg(target_os = "linux")]
#[test]
fn a_connect_timeout_names_the_address_and_its_setting() {
    use std::time::Duration;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let listener = runtime.block_on(async {
        let socket = tokio::net::TcpSocket::new_v4().unwrap();
        socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
        socket.listen(1).unwrap()
    });
    let addr = listener.local_addr().unwrap();
    let mut held = Vec::new();
    while let Ok(stream) = std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(300)) {
        held.push(stream);
        assert!(held.len() < 64, "the accept queue never filled");
    }
    let at = addr.to_string();
    let t = TestEnv::new();
    let r = run(t.cmd("carbonio").env("CHATDROP_CARBONIO_URL", format!("http://{at}/carbonio")).args([
        "--connect-timeout",
        "300ms",
        "--retries",
        "1",
        "carbonio",
        "rooms",
    ]));
    // A timeout may pass (a network that drops packets for a while): retried, then the
    // address, its setting and the advice on waiting, in that order.
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert_names(&r, &at, "the environment variable CHATDROP_CARBONIO_URL");
    assert!(r.stderr.contains("no connection within 300ms") && r.stderr.contains("retrying"), "{}", r.stderr);
    drop(listener);
}

/// An HTTP answer with an HTML page, as a web server that is not the API gives.
fn html_answer(status: &str) -> Vec<u8> {
    let body = "<html><head><title>Not the API</title></head><body>nginx</body></html>";
    format!(
        "HTTP/1.1 {status}\r\ncontent-type: text/html\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

#[test]
fn a_login_whose_address_is_not_the_api_names_the_address_it_tried() {
    let t = TestEnv::new();
    // Pyrus: `login --url` at a web server that answers 404.
    let server = TcpFault::start(vec![Behaviour::Respond(html_answer("404 Not Found"))]);
    let url = format!("http://127.0.0.1:{}/wrong/api/v4", server.port);
    let r = run(t
        .bare()
        .args(["login", "pyrus", "--url", &url, "--login", chatdrop::sandbox::pyrus::LOGIN, "--with-token"])
        .write_stdin(format!("{}\n", chatdrop::sandbox::pyrus::SECURITY_KEY)));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains(&format!("chatdrop tried {url} (the address from the flag --url)")), "{}", r.stderr);
    assert!(r.stderr.contains("HTTP 404"), "{}", r.stderr);
    assert!(!t.config_dir().join("credentials.toml").exists());

    // Protocol: the address from the environment answers a web page with 200.
    let server = TcpFault::start(vec![Behaviour::Respond(html_answer("200 OK"))]);
    let url = format!("http://127.0.0.1:{}/portal", server.port);
    let token = format!("{}\n", chatdrop::sandbox::protocol::TOKEN);
    let r =
        run(t.bare().env("CHATDROP_PROTOCOL_URL", &url).args(["login", "protocol", "--with-token"]).write_stdin(token));
    assert_eq!(r.code, 1, "{}", r.stderr);
    let tried = format!("chatdrop tried {url} (the address from the environment variable CHATDROP_PROTOCOL_URL)");
    assert!(r.stderr.contains(&tried) && r.stderr.contains("a web page"), "{}", r.stderr);
    assert!(!r.stderr.contains("<html"), "{}", r.stderr);
}

/// `login connect` on a terminal asks for the server, the public address in [brackets].
#[cfg(unix)]
#[test]
fn login_connect_asks_for_the_server_with_the_public_default() {
    const SERVER: &str = "1C-Connect server address";
    const OFFER: &str = "for this profile?";
    const ESC: &str = "\u{1b}";
    let t = TestEnv::new();
    let url = format!("{}/connect\r", t.sandbox.base_url());
    let login = format!("{}\r", chatdrop::sandbox::connect::LOGIN);
    let password = format!("{}\r", chatdrop::sandbox::connect::PASSWORD);
    let answers =
        [(SERVER, url.as_str()), ("Login of the", login.as_str()), ("Password", password.as_str()), (OFFER, ESC)];
    let Some((ok, screen)) = on_terminal_answering(&t, None, &[], &["login", "connect"], &answers) else { return };
    assert!(ok, "{screen}");
    assert!(screen.contains(&format!("{SERVER} (the push API) [https://push.1c-connect.com]")), "{screen}");
    assert!(screen.contains("Logged in to 1C-Connect"), "{screen}");
    let stored = std::fs::read_to_string(t.config_dir().join("credentials.toml")).unwrap();
    assert!(stored.contains(url.trim_end()), "{stored}");

    // The stored address is the next default; a refused address typed at the prompt is named as such.
    let port = closed_port();
    let wrong = format!("http://127.0.0.1:{port}/connect\r");
    let answers = [(SERVER, wrong.as_str()), ("Login of the", login.as_str()), ("Password", password.as_str())];
    let Some((ok, screen)) = on_terminal_answering(&t, None, &[], &["login", "connect"], &answers) else { return };
    assert!(!ok, "{screen}");
    assert!(screen.contains(&format!("[{}]", url.trim_end())), "the stored address is offered: {screen}");
    assert!(screen.contains(&format!("127.0.0.1:{port}")) && screen.contains("your answer at the prompt"), "{screen}");

    // With the address in the environment, nothing is asked about it.
    let env = [("CHATDROP_CONNECT_URL", url.trim_end().to_string())];
    let answers = [("Login of the", login.as_str()), ("Password", password.as_str()), (OFFER, ESC)];
    let Some((ok, screen)) = on_terminal_answering(&t, None, &env, &["login", "connect"], &answers) else { return };
    assert!(ok, "{screen}");
    assert!(!screen.contains(SERVER), "{screen}");
}

/// Relay the first connection's request to `upstream` (asking it to close after answering)
/// and its answer back, then stop listening: the next connection is refused, as by a server
/// that went down between two requests.
fn answer_once_then_go_away(upstream: std::net::SocketAddr) -> u16 {
    use std::io::{Read, Write};
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let Ok((mut client, _)) = listener.accept() else { return };
        drop(listener);
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            if client.read(&mut byte).unwrap_or(0) == 0 {
                return;
            }
            head.push(byte[0]);
        }
        let text = String::from_utf8_lossy(&head).into_owned();
        let length: usize = text
            .lines()
            .find_map(|l| l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse().unwrap_or(0)))
            .unwrap_or(0);
        let mut body = vec![0u8; length];
        client.read_exact(&mut body).unwrap();
        let lines: Vec<&str> = text
            .split("\r\n")
            .filter(|l| !l.is_empty() && !l.to_ascii_lowercase().starts_with("connection:"))
            .collect();
        let mut server = std::net::TcpStream::connect(upstream).unwrap();
        server.write_all(format!("{}\r\nconnection: close\r\n\r\n", lines.join("\r\n")).as_bytes()).unwrap();
        server.write_all(&body).unwrap();
        let mut answer = Vec::new();
        let _ = server.read_to_end(&mut answer);
        let _ = client.write_all(&answer);
    });
    port
}

#[test]
fn a_refusal_from_a_server_that_answered_before_is_retried() {
    let t = TestEnv::new();
    let port = answer_once_then_go_away(t.sandbox.addr);
    let at = format!("127.0.0.1:{port}");
    let image = t.file("shot.png", &png(10, 10, "restart", 0));
    // The line by name: one list request (answered), then the send (refused).
    let r = run(t
        .cmd("connect")
        .env("CHATDROP_CONNECT_URL", format!("http://{at}/connect"))
        .args(["--retries", "2", "connect", "send-file", "--line", chatdrop::sandbox::connect::LINE_NAME])
        .args(["--user", chatdrop::sandbox::connect::USER])
        .arg(&image));
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert_eq!(r.stderr.matches("retrying").count(), 2, "{}", r.stderr);
    assert!(r.stderr.contains("it answered earlier"), "{}", r.stderr);
    assert_names(&r, &at, "the environment variable CHATDROP_CONNECT_URL");
    assert_eq!(t.requests("connect").len(), 1, "only the list arrived");
}
