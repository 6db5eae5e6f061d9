//! The man pages in man/ (one per command, from the clap definitions) are current and carry
//! exit status (once), environment and files; `man --install` puts them where man finds them
//! and `completions --install` puts the script where the shell looks for it.

use std::path::Path;

use crate::common::*;

#[test]
fn man_pages_in_the_repo_are_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let pages = chatdrop::cli::manpages::pages();
    if std::env::var_os("CHATDROP_UPDATE_MANPAGES").is_some() {
        let _ = std::fs::remove_dir_all(&dir);
        chatdrop::cli::manpages::write_all(&dir).unwrap();
        return;
    }
    for (name, text) in &pages {
        let committed = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        assert!(committed == *text, "man/{name} is stale: run `{REGENERATE}`");
    }
    let mut on_disk: Vec<String> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    on_disk.sort();
    let mut expected: Vec<String> = pages.iter().map(|(n, _)| n.clone()).collect();
    expected.sort();
    assert_eq!(on_disk, expected, "man/ holds pages of commands that no longer exist");
}

#[test]
fn every_command_has_a_page_with_exit_codes_environment_and_files() {
    let pages = chatdrop::cli::manpages::pages();
    let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
    for name in [
        "chatdrop.1",
        "chatdrop-pyrus.1",
        "chatdrop-pyrus-upload.1",
        "chatdrop-carbonio-attach.1",
        "chatdrop-protocol-delete.1",
        "chatdrop-login.1",
        "chatdrop-auth-status.1",
        "chatdrop-auth-migrate.1",
        "chatdrop-completions.1",
        "chatdrop-man.1",
        "chatdrop-sandbox.1",
    ] {
        assert!(names.contains(&name), "no {name} in {names:?}");
    }
    assert!(!names.iter().any(|n| n.contains("help")), "{names:?}");
    for (name, text) in &pages {
        assert!(text.starts_with(".ie") || text.contains(".TH"), "{name} is not roff");
        for section in
            [".SH \"EXIT STATUS\"", ".SH ENVIRONMENT", ".SH FILES", "credentials.toml", "CHATDROP_CREDENTIAL_STORE"]
        {
            assert!(text.contains(section), "{name} lacks {section}");
        }
    }
    let upload = &pages.iter().find(|(n, _)| n == "chatdrop-pyrus-upload.1").unwrap().1;
    assert!(upload.contains("CHATDROP_PYRUS_SECURITY_KEY") && !upload.contains("CHATDROP_OK_ACCESS_TOKEN"));
}

/// `man -l` renders the page, where man-db is installed (CI checks the roff above without it).
#[test]
fn man_renders_the_pyrus_upload_page() {
    let page = Path::new(env!("CARGO_MANIFEST_DIR")).join("man/chatdrop-pyrus-upload.1");
    let out = std::process::Command::new("man")
        .args(["-l", "-Tutf8"])
        .arg(&page)
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .env("MANWIDTH", "100")
        .output();
    let Ok(out) = out else {
        eprintln!("SKIPPED man_renders_the_pyrus_upload_page: no `man` (Debian: apt-get install man-db)");
        return;
    };
    // Without a terminal, man makes bold and underline by overstriking: `X\x08X`, `_\x08X`.
    let mut text = String::new();
    for c in String::from_utf8_lossy(&out.stdout).chars() {
        if c == '\x08' {
            text.pop();
        } else {
            text.push(c);
        }
    }
    if !out.status.success() || text.trim().is_empty() {
        eprintln!(
            "SKIPPED man_renders_the_pyrus_upload_page: `man -l` did not render ({})",
            String::from_utf8_lossy(&out.stderr).trim()
        );
        return;
    }
    for part in
        ["chatdrop-pyrus-upload", "EXIT STATUS", "ENVIRONMENT", "FILES", "CHATDROP_PYRUS_SECURITY_KEY", "[FILE]..."]
    {
        assert!(text.contains(part), "rendered page lacks {part}:\n{text}");
    }
}

/// The synopsis marks what repeats, and the exit codes are stated once, in EXIT STATUS, with
/// each code on its own.
#[test]
fn synopsis_shows_repeated_files_and_exit_codes_appear_once() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let page = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
    let synopsis = |text: &str| text.lines().skip_while(|l| *l != ".SH SYNOPSIS").nth(1).unwrap_or("").to_string();
    // The files are optional where --files-from can list them instead (#23): `[FILE]...`.
    for (name, repeated) in [
        ("chatdrop-pyrus-upload.1", "[\\fIFILE\\fR]..."),
        ("chatdrop-carbonio-attach.1", "[\\fIFILE\\fR]..."),
        ("chatdrop-connect-send-image.1", "[\\fIFILE\\fR]..."),
        ("chatdrop-ok-moment.1", "[\\fIFILE\\fR]..."),
    ] {
        assert!(synopsis(&page(name)).contains(repeated), "{name}: {}", synopsis(&page(name)));
    }
    // One value, no dots.
    let download = synopsis(&page("chatdrop-pyrus-download.1"));
    assert!(download.contains("<\\fIID\\fR>") && !download.contains("<\\fIID\\fR>..."), "{download}");
    for name in ["chatdrop.1", "chatdrop-pyrus-upload.1", "chatdrop-man.1"] {
        let text = page(name);
        assert!(!text.contains("Exit codes:"), "{name} lists the exit codes outside EXIT STATUS");
        assert_eq!(text.matches(".SH \"EXIT STATUS\"").count(), 1, "{name}");
        for code in ["0", "1", "2", "3", "4", "5", "6", "129", "130", "143"] {
            assert_eq!(text.matches(&format!(".TP\n\\fB{code}\\fR\n")).count(), 1, "{name}: exit code {code}");
        }
        assert_eq!(text.matches("Ctrl").count(), 1, "{name}: the interrupt is described once");
    }
}

/// The pages in man/ as committed (the test above keeps them current): the expected install.
fn committed_pages() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let mut pages: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect();
    pages.sort();
    pages
}

fn installed(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

/// `man -w PAGE` in `env` (HOME and PATH, MANPATH when given): the file man would show, or
/// None when man is not installed (SKIPPED) or finds nothing.
fn man_finds(home: &Path, path: &str, manpath: Option<&Path>, page: &str) -> Option<Option<String>> {
    let mut cmd = std::process::Command::new("man");
    cmd.env_clear().env("HOME", home).env("PATH", path).args(["-w", page]);
    if let Some(m) = manpath {
        // A trailing `:` keeps the system's own search path, as the printed advice does.
        cmd.env("MANPATH", format!("{}:", m.display()));
    }
    let Ok(out) = cmd.output() else {
        eprintln!("SKIPPED the man lookups of man --install: no `man` (Debian: apt-get install man-db)");
        return None;
    };
    Some(out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string()))
}

#[test]
fn man_install_puts_every_page_where_man_finds_it() {
    let t = TestEnv::new();
    let home = t.dir.path();
    let bin = home.join(".local/bin");
    std::fs::create_dir_all(&bin).unwrap();
    let dir = home.join(".local/share/man/man1");
    // A page of a command that no longer exists goes; someone else's page stays.
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("chatdrop-gone.1"), "old").unwrap();
    std::fs::write(dir.join("other.1"), "not ours").unwrap();

    // ~/.local/bin on PATH: man-db searches ~/.local/share/man, nothing to add.
    let path = format!("{}:/usr/bin:/bin", bin.display());
    let r = run(t.bare().env("PATH", &path).args(["man", "--install"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains(&dir.display().to_string()), "{}", r.stdout);
    let expected = committed_pages();
    let mut names: Vec<String> = expected.iter().map(|(n, _)| n.clone()).collect();
    names.push("other.1".into());
    names.sort();
    assert_eq!(installed(&dir), names);
    for (name, bytes) in &expected {
        assert_eq!(&std::fs::read(dir.join(name)).unwrap(), bytes, "{name} differs from man/{name}");
    }
    if let Some(found) = man_finds(home, &path, None, "chatdrop-pyrus-upload") {
        assert_eq!(found.as_deref(), Some(dir.join("chatdrop-pyrus-upload.1").to_str().unwrap()));
        assert!(r.stdout.contains("man finds them"), "{}", r.stdout);
        assert!(!r.stdout.contains("MANPATH"), "{}", r.stdout);
    }

    // Not on PATH: chatdrop says what to add, and with that MANPATH man finds the page.
    let path = "/usr/bin:/bin";
    let r = run(t.bare().env("PATH", path).args(["man", "--install"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("export MANPATH=\"$HOME/.local/share/man:$MANPATH\""), "{}", r.stdout);
    if let Some(found) = man_finds(home, path, None, "chatdrop-pyrus-upload") {
        assert_eq!(found, None, "man found the page without MANPATH: is ~/.local/bin on the system's own path?");
        let found = man_finds(home, path, Some(&home.join(".local/share/man")), "chatdrop-pyrus-upload");
        assert_eq!(found.flatten().as_deref(), Some(dir.join("chatdrop-pyrus-upload.1").to_str().unwrap()));
    }
}

#[test]
fn man_install_honours_xdg_data_home_and_needs_a_home() {
    let t = TestEnv::new();
    let data = t.dir.path().join("data");
    let r = run(t.bare().env("XDG_DATA_HOME", &data).env("PATH", "/usr/bin:/bin").args(["man", "--install"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(installed(&data.join("man/man1")), committed_pages().into_iter().map(|(n, _)| n).collect::<Vec<_>>());
    // Under HOME, the line to add says $HOME, as a profile would.
    assert!(r.stdout.contains("export MANPATH=\"$HOME/data/man:$MANPATH\""), "{}", r.stdout);

    let r = run(t.bare().env_remove("HOME").env_remove("XDG_DATA_HOME").args(["man", "--install"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("HOME is not set"), "{}", r.stderr);
}

#[test]
fn man_prints_one_page_by_its_command() {
    let t = TestEnv::new();
    let committed =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("man/chatdrop-pyrus-upload.1")).unwrap();
    for name in ["pyrus-upload", "chatdrop-pyrus-upload", "chatdrop-pyrus-upload.1"] {
        let r = run(t.bare().args(["man", name]));
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(r.stdout, committed, "chatdrop man {name}");
    }
    let top = run(t.bare().args(["man"]));
    assert!(top.stdout.contains(".TH chatdrop 1"), "{}", top.stdout);
    let r = run(t.bare().args(["man", "upload"]));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("chatdrop-pyrus-upload"), "a hint with the pages that match: {}", r.stderr);
    let r = run(t.bare().args(["man", "--install", "pyrus-upload"]));
    assert_eq!(r.code, 2, "a page or --install, not both: {}", r.stderr);
}

#[test]
fn completions_install_bash_writes_the_script_where_bash_completion_looks() {
    let t = TestEnv::new();
    let home = t.dir.path();
    let r = run(t.bare().env("SHELL", "/bin/bash").args(["completions", "--install"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let file = home.join(".local/share/bash-completion/completions/chatdrop");
    assert!(r.stdout.contains(&file.display().to_string()), "{}", r.stdout);
    let installed = std::fs::read(&file).expect("the script is installed");
    let printed = run(t.bare().args(["completions", "bash"]));
    assert_eq!(installed, printed.stdout.as_bytes(), "the same script as `completions bash`");

    // Sourcing it defines the completion (what bash-completion does on first use).
    if let Ok(out) = std::process::Command::new("bash")
        .args(["--norc", "--noprofile", "-c", "source \"$1\" && complete -p chatdrop", "bash"])
        .arg(&file)
        .output()
    {
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains("chatdrop"));
    }

    // XDG_DATA_HOME is honoured, and installing again replaces the file.
    let data = home.join("data");
    let r = run(t.bare().env("XDG_DATA_HOME", &data).args(["completions", "--install", "bash"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(data.join("bash-completion/completions/chatdrop").is_file());
}

#[test]
fn completions_install_zsh_and_fish_say_what_else_to_do() {
    let t = TestEnv::new();
    let home = t.dir.path();
    let r = run(t.bare().args(["completions", "--install", "zsh"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let zsh = std::fs::read_to_string(home.join(".zfunc/_chatdrop")).unwrap();
    assert!(zsh.starts_with("#compdef chatdrop"));
    assert!(r.stdout.contains("fpath=(~/.zfunc $fpath)") && r.stdout.contains("~/.zshrc"), "{}", r.stdout);

    let r = run(t.bare().env("SHELL", "/usr/bin/fish").args(["completions", "--install"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(home.join(".config/fish/completions/chatdrop.fish").is_file());

    let r = run(t.bare().args(["completions", "--install", "powershell"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("Invoke-Expression"), "{}", r.stderr);

    let r = run(t.bare().env("SHELL", "/bin/tcsh").args(["completions", "--install"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    let r = run(t.bare().args(["completions"]));
    assert_eq!(r.code, 2, "a shell or --install is needed: {}", r.stderr);
}
