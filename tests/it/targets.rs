//! Finding targets by name: Carbonio rooms (`carbonio rooms`, `--room NAME`), 1C-Connect lines
//! (`connect lines`, `--line NAME`), Protocol conversations (`protocol conversations`, paged),
//! and the pick list offered on a terminal when nothing names the target.

use crate::common::*;
use chatdrop::sandbox::carbonio::{DESIGN_ROOM, DIRECT_ROOM, OPS_CHANNEL, OPS_GROUP, ROOM, WORKSPACE};
use chatdrop::sandbox::connect::{BILLING_LINE, BILLING_LINE_2, LINE, LINE_NAME};

/// GET /rooms requests that reached the Carbonio fake.
fn room_lists(t: &TestEnv) -> usize {
    t.requests("carbonio").iter().filter(|r| r.method == "GET" && r.path.ends_with("/services/chats/rooms")).count()
}

#[test]
fn rooms_are_listed_tab_separated_and_as_records() {
    let t = TestEnv::new();
    // Workspaces and their channels are the 1.3 generation's (tests/it/carbonio_api.rs has 1.6).
    t.sandbox.state.carbonio.set_api(chatdrop::sandbox::carbonio::Api::V1_3);
    let r = run(t.cmd("carbonio").args(["carbonio", "rooms"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(lines.contains(&format!("{DESIGN_ROOM}\tgroup\tDesign Review").as_str()), "{}", r.stdout);
    assert!(lines.contains(&format!("{OPS_CHANNEL}\tchannel\tOPS").as_str()), "a workspace's channel: {}", r.stdout);
    assert!(lines.contains(&format!("{DIRECT_ROOM}\tone_to_one\t-").as_str()), "{}", r.stdout);
    assert!(lines.contains(&format!("{WORKSPACE}\tworkspace\tEngineering").as_str()), "{}", r.stdout);
    assert_eq!(lines.len(), 6, "the account's rooms only (not the foreign one): {}", r.stdout);
    let r = run(t.cmd("carbonio").args(["--json", "carbonio", "rooms"]));
    let records = json_lines(&r.stdout);
    let design = records.iter().find(|v| v["id"] == DESIGN_ROOM).expect("design room");
    assert_eq!(design["name"], "Design Review");
    assert_eq!(design["type"], "group");
    assert_eq!(design["member_count"], 2);
    assert_eq!(design["service"], "carbonio");
    assert_eq!(design["action"], "rooms");
}

#[test]
fn a_room_name_resolves_to_its_uuid_once_for_a_whole_batch() {
    let t = TestEnv::new();
    let files: Vec<_> = (0..3).map(|i| t.file(&format!("f{i}.txt"), format!("file {i}\n").as_bytes())).collect();
    let r = run(t.cmd("carbonio").args(["carbonio", "attach", "--room", "  design REVIEW "]).args(&files));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let ups = t.uploads("carbonio");
    assert_eq!(ups.len(), 3);
    assert!(ups.iter().all(|u| u.path == format!("/carbonio/services/chats/rooms/{DESIGN_ROOM}/attachments")));
    assert_eq!(room_lists(&t), 1, "one GET /rooms per run, never one per file");
    // A UUID costs no list at all; nor does the profile's room.
    let r = run(t.cmd("carbonio").args(["carbonio", "attach", "--room", ROOM]).arg(&files[0]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(room_lists(&t), 1);
}

#[test]
fn an_ambiguous_or_unknown_room_name_exits_2_and_sends_nothing() {
    let t = TestEnv::new();
    t.sandbox.state.carbonio.set_api(chatdrop::sandbox::carbonio::Api::V1_3);
    let file = t.file("a.txt", b"a\n");
    let r = run(t.cmd("carbonio").args(["carbonio", "attach", "--room", "ops"]).arg(&file));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_one_cause(&r, "2 rooms are named \"ops\"");
    assert!(r.stderr.contains(&format!("{OPS_GROUP} (group) \"Ops\"")), "{}", r.stderr);
    assert!(r.stderr.contains(&format!("{OPS_CHANNEL} (channel) \"OPS\"")), "{}", r.stderr);
    assert!(r.stderr.contains("--room"), "{}", r.stderr);
    let r = run(t.cmd("carbonio").args(["carbonio", "attach", "--room", "Desgn Reviw"]).arg(&file));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_one_cause(&r, "no room named \"Desgn Reviw\"");
    assert!(r.stderr.contains("closest: \"Design Review\""), "{}", r.stderr);
    assert!(r.stderr.contains("chatdrop carbonio rooms"), "{}", r.stderr);
    assert!(t.uploads("carbonio").is_empty());
}

#[test]
fn connect_lines_are_listed_and_a_line_is_found_by_name() {
    let t = TestEnv::new();
    let r = run(t.cmd("connect").args(["connect", "lines"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, format!("{LINE}\t{LINE_NAME}\n{BILLING_LINE}\tBilling\n{BILLING_LINE_2}\tBILLING\n"));
    let log = t.file("build.log", b"log\n");
    let r = run(t
        .cmd("connect")
        .env_remove("CHATDROP_CONNECT_LINE")
        .args(["connect", "send-file", "--line", &LINE_NAME.to_uppercase()])
        .arg(&log));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let sent = t.uploads("connect");
    assert_eq!(sent.len(), 1);
    let meta: serde_json::Value = serde_json::from_slice(sent[0].parts[0].value.as_deref().unwrap()).unwrap();
    assert_eq!(meta["line_id"], LINE);
    let r = run(t.cmd("connect").args(["connect", "send-file", "--line", "billing"]).arg(&log));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_one_cause(&r, "2 support lines are named \"billing\"");
    assert!(r.stderr.contains(BILLING_LINE) && r.stderr.contains(BILLING_LINE_2), "{}", r.stderr);
    let lists = t.requests("connect").iter().filter(|r| r.method == "GET").count();
    assert_eq!(lists, 3, "one GET /v1/line/ per run");
    assert_eq!(t.uploads("connect").len(), 1);
}

#[test]
fn protocol_conversations_page_like_attachments() {
    let t = TestEnv::new();
    t.sandbox.state.protocol.seed_conversations(150);
    let r = run(t.cmd("protocol").args(["protocol", "conversations", "--limit", "5"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Off a terminal: rows only, tab-separated.
    assert_eq!(r.stdout.lines().count(), 5, "5 rows: {}", r.stdout);
    assert!(r.stderr.contains("more conversations follow"), "{}", r.stderr);
    let r = run(t.cmd("protocol").args(["--json", "protocol", "conversations", "--all"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let records = json_lines(&r.stdout);
    assert_eq!(records.len(), 151);
    assert!(records.iter().all(|v| v["service"] == "protocol" && v["action"] == "conversations"));
    let ids: std::collections::HashSet<_> = records.iter().map(|v| v["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids.len(), 151, "no conversation twice");
    let lists: Vec<_> = t.requests("protocol").into_iter().filter(|r| r.path.ends_with("/v1/conversations")).collect();
    assert_eq!(lists.len(), 3, "one page of 5, then two of 100");
    assert!(lists[1].query.contains("limit=100") && !lists[1].query.contains("starting_after"));
    let last = records[99]["id"].as_str().unwrap();
    assert!(lists[2].query.contains(&format!("starting_after={last}")), "{}", lists[2].query);
    let r = run(t.cmd("protocol").args(["protocol", "conversations", "--limit", "101"]));
    assert_eq!(r.code, 2);
}

#[test]
fn without_a_terminal_a_missing_room_fails_naming_flag_env_and_key() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"a\n");
    let r = run(t.cmd("carbonio").env_remove("CHATDROP_CARBONIO_ROOM").args(["carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 2, "{}", r.stderr);
    for needle in ["--room", "CHATDROP_CARBONIO_ROOM", "`room`", "[default.carbonio]"] {
        assert!(r.stderr.contains(needle), "{needle} in: {}", r.stderr);
    }
    assert!(t.requests("carbonio").is_empty(), "nothing asked of the server");
}

#[test]
fn on_a_terminal_a_missing_room_is_picked_from_a_searchable_list() {
    use std::io::Write;
    if !have_script("the pick list test") {
        return;
    }
    let t = TestEnv::new();
    let file = t.file("notes.txt", b"notes\n");
    let log = t.dir.path().join("typescript");
    let mut cmd = t.hermetic("script", Some("carbonio"));
    cmd.env_remove("CHATDROP_CARBONIO_ROOM")
        .args(["-qfc", &format!("{} carbonio attach {}", binary().display(), file.display())])
        .arg(&log)
        .env("TERM", "xterm")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null());
    let mut child = cmd.spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    // Type to search, then Enter on the one match.
    stdin.write_all(b"design rev").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    stdin.write_all(b"\r").unwrap();
    let status = child.wait().unwrap();
    drop(stdin);
    let screen = String::from_utf8_lossy(&std::fs::read(&log).unwrap()).into_owned();
    assert!(status.success(), "{screen}");
    assert!(screen.contains("Which room?"), "{screen}");
    let ups = t.uploads("carbonio");
    assert_eq!(ups.len(), 1, "{screen}");
    assert_eq!(ups[0].path, format!("/carbonio/services/chats/rooms/{DESIGN_ROOM}/attachments"));
    assert_eq!(room_lists(&t), 1);
}
