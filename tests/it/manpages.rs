//! The man pages in man/ (one per command, from the clap definitions) are current and carry
//! exit status, environment and files; `completions --install` puts the script where the
//! shell looks for it.

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
        assert!(
            committed == *text,
            "man/{name} is stale: run `CHATDROP_UPDATE_MANPAGES=1 cargo test --test manpages man_pages`"
        );
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
    for part in ["chatdrop-pyrus-upload", "EXIT STATUS", "ENVIRONMENT", "FILES", "CHATDROP_PYRUS_SECURITY_KEY"] {
        assert!(text.contains(part), "rendered page lacks {part}:\n{text}");
    }
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
