
use builtin;
use str;

set edit:completion:arg-completer[chatdrop] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'chatdrop'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'chatdrop'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand pyrus 'Pyrus: upload files (and attach them to a task), download files'
            cand connect '1C-Connect: send images into group chats and support lines'
            cand ok 'OK.ru: publish images as Moments'
            cand carbonio 'Zextras Carbonio chats: attach files to rooms; list, fetch, delete attachments'
            cand protocol 'Protocol chat: upload, list, get, rename, delete attachments'
            cand login 'Set up credentials for a service (checked live before they are saved)'
            cand logout 'Forget the stored credentials of a service'
            cand auth 'Credentials overview'
            cand completions 'Print a shell completion script, or install it where the shell looks for it (--install)'
            cand man 'Print a man page, or install them all where man finds them (--install)'
            cand sandbox 'Serve local fakes of every service, for trying chatdrop and for tests'
            cand history 'What was uploaded where, newest first, from the journal (failed and unknown included)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;pyrus'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand upload 'Upload files (one request each) and print their guids; with --task, attach them all to the task in one comment'
            cand download 'Download a file by its guid or id, under the name Pyrus gives it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;pyrus;upload'= {
            cand --task 'Attach the uploaded files to this task (default: the profile''s `task`)'
            cand --comment 'Text of the comment that attaches the files (to --task or the profile''s `task`)'
            cand --name 'File name to send (for `-`, or a single file)'
            cand --journal 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --skip-sent 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids'
            cand --no-skip-sent 'Send every file, even where the profile sets `skip_sent = true`'
            cand --resend-unknown 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
            cand --checksum 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record (CHATDROP_CHECKSUM)'
            cand --no-journal 'Record nothing in the journal for this run'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;pyrus;download'= {
            cand -o 'Where to save: a directory, a file path, or - for stdout'
            cand --output 'Where to save: a directory, a file path, or - for stdout'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --force 'Replace the file if it exists'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;pyrus;help'= {
            cand upload 'Upload files (one request each) and print their guids; with --task, attach them all to the task in one comment'
            cand download 'Download a file by its guid or id, under the name Pyrus gives it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;pyrus;help;upload'= {
        }
        &'chatdrop;pyrus;help;download'= {
        }
        &'chatdrop;pyrus;help;help'= {
        }
        &'chatdrop;connect'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand send-image 'Send images (PNG, JPEG, GIF, WEBP, BMP) into a group chat, one message each, or to a support line with --line and --user'
            cand send-file 'Send files of any type to a user on a support line (1C-Connect documents no file sending into group chats)'
            cand upload 'Send files of any type to a user on a support line (1C-Connect documents no file sending into group chats)'
            cand lines 'List the support lines the API user serves: id and name (tab-separated when piped)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;connect;send-image'= {
            cand --conference 'Group chat (conference) UUID (default: the profile''s `conference`)'
            cand --author 'Who sends: a member of the group chat, or the specialist on a line (default: the profile''s `author`)'
            cand --line 'The support line to send to, by UUID or name (default: the profile''s `line`)'
            cand --user 'The user (subscriber) on the support line (default: the profile''s `user`)'
            cand --comment 'Comment shown with each file'
            cand --name 'File name to send (for `-`, or a single file)'
            cand --journal 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --skip-sent 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids'
            cand --no-skip-sent 'Send every file, even where the profile sets `skip_sent = true`'
            cand --resend-unknown 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
            cand --checksum 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record (CHATDROP_CHECKSUM)'
            cand --no-journal 'Record nothing in the journal for this run'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;connect;send-file'= {
            cand --author 'Who sends: a member of the group chat, or the specialist on a line (default: the profile''s `author`)'
            cand --line 'The support line to send to, by UUID or name (default: the profile''s `line`)'
            cand --user 'The user (subscriber) on the support line (default: the profile''s `user`)'
            cand --comment 'Comment shown with each file'
            cand --name 'File name to send (for `-`, or a single file)'
            cand --journal 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --skip-sent 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids'
            cand --no-skip-sent 'Send every file, even where the profile sets `skip_sent = true`'
            cand --resend-unknown 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
            cand --checksum 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record (CHATDROP_CHECKSUM)'
            cand --no-journal 'Record nothing in the journal for this run'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;connect;upload'= {
            cand --author 'Who sends: a member of the group chat, or the specialist on a line (default: the profile''s `author`)'
            cand --line 'The support line to send to, by UUID or name (default: the profile''s `line`)'
            cand --user 'The user (subscriber) on the support line (default: the profile''s `user`)'
            cand --comment 'Comment shown with each file'
            cand --name 'File name to send (for `-`, or a single file)'
            cand --journal 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --skip-sent 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids'
            cand --no-skip-sent 'Send every file, even where the profile sets `skip_sent = true`'
            cand --resend-unknown 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
            cand --checksum 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record (CHATDROP_CHECKSUM)'
            cand --no-journal 'Record nothing in the journal for this run'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;connect;lines'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;connect;help'= {
            cand send-image 'Send images (PNG, JPEG, GIF, WEBP, BMP) into a group chat, one message each, or to a support line with --line and --user'
            cand send-file 'Send files of any type to a user on a support line (1C-Connect documents no file sending into group chats)'
            cand lines 'List the support lines the API user serves: id and name (tab-separated when piped)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;connect;help;send-image'= {
        }
        &'chatdrop;connect;help;send-file'= {
        }
        &'chatdrop;connect;help;lines'= {
        }
        &'chatdrop;connect;help;help'= {
        }
        &'chatdrop;ok'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand moment 'Publish each image as a Moment (upload link, upload, commit) and print each moment'
            cand upload 'Publish each image as a Moment (upload link, upload, commit) and print each moment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;ok;moment'= {
            cand --name 'File name to send (for `-`, or a single image)'
            cand --journal 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --skip-sent 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids'
            cand --no-skip-sent 'Send every file, even where the profile sets `skip_sent = true`'
            cand --resend-unknown 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
            cand --checksum 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record (CHATDROP_CHECKSUM)'
            cand --no-journal 'Record nothing in the journal for this run'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'chatdrop;ok;upload'= {
            cand --name 'File name to send (for `-`, or a single image)'
            cand --journal 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --skip-sent 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids'
            cand --no-skip-sent 'Send every file, even where the profile sets `skip_sent = true`'
            cand --resend-unknown 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
            cand --checksum 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record (CHATDROP_CHECKSUM)'
            cand --no-journal 'Record nothing in the journal for this run'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'chatdrop;ok;help'= {
            cand moment 'Publish each image as a Moment (upload link, upload, commit) and print each moment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;ok;help;moment'= {
        }
        &'chatdrop;ok;help;help'= {
        }
        &'chatdrop;carbonio'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand attach 'Attach files to a room (one chat message each) and print their attachment ids'
            cand upload 'Attach files to a room (one chat message each) and print their attachment ids'
            cand attachments 'List a room''s attachments, newest first'
            cand list 'List a room''s attachments, newest first'
            cand ls 'List a room''s attachments, newest first'
            cand info 'Show an attachment''s metadata'
            cand get 'Show an attachment''s metadata'
            cand download 'Download an attachment under its name'
            cand delete 'Delete an attachment for good (only its uploader or a room owner may; asks first)'
            cand rm 'Delete an attachment for good (only its uploader or a room owner may; asks first)'
            cand rooms 'List the rooms the account can access: id, type and name (tab-separated when piped)'
            cand room-picture 'A room''s picture: set, get or delete it'
            cand user-picture 'The account''s picture (or another user''s with --user): set or get it'
            cand preview 'Download a preview of an image or PDF attachment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;carbonio;attach'= {
            cand --room 'The room: its UUID or its name (default: the profile''s `room`; on a terminal, a pick list)'
            cand --description 'Text shown with each attachment'
            cand --reply-to 'Post the attachments as replies to this message'
            cand --message-id 'The id of the chat message the attachment creates (a single file only)'
            cand --name 'File name to send (for `-`, or a single file)'
            cand --journal 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --skip-sent 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids'
            cand --no-skip-sent 'Send every file, even where the profile sets `skip_sent = true`'
            cand --resend-unknown 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
            cand --checksum 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record (CHATDROP_CHECKSUM)'
            cand --no-journal 'Record nothing in the journal for this run'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;upload'= {
            cand --room 'The room: its UUID or its name (default: the profile''s `room`; on a terminal, a pick list)'
            cand --description 'Text shown with each attachment'
            cand --reply-to 'Post the attachments as replies to this message'
            cand --message-id 'The id of the chat message the attachment creates (a single file only)'
            cand --name 'File name to send (for `-`, or a single file)'
            cand --journal 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --skip-sent 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids'
            cand --no-skip-sent 'Send every file, even where the profile sets `skip_sent = true`'
            cand --resend-unknown 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
            cand --checksum 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record (CHATDROP_CHECKSUM)'
            cand --no-journal 'Record nothing in the journal for this run'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;attachments'= {
            cand --room 'The room: its UUID or its name (default: the profile''s `room`; on a terminal, a pick list)'
            cand --limit 'At most this many (default 20)'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --all 'Every attachment of the room, page after page'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;list'= {
            cand --room 'The room: its UUID or its name (default: the profile''s `room`; on a terminal, a pick list)'
            cand --limit 'At most this many (default 20)'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --all 'Every attachment of the room, page after page'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;ls'= {
            cand --room 'The room: its UUID or its name (default: the profile''s `room`; on a terminal, a pick list)'
            cand --limit 'At most this many (default 20)'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --all 'Every attachment of the room, page after page'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;info'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;get'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;download'= {
            cand -o 'Where to save: a directory, a file path, or - for stdout'
            cand --output 'Where to save: a directory, a file path, or - for stdout'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --force 'Replace the file if it exists'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;delete'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand -y 'Do not ask for confirmation (needed without a terminal)'
            cand --yes 'Do not ask for confirmation (needed without a terminal)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;rm'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand -y 'Do not ask for confirmation (needed without a terminal)'
            cand --yes 'Do not ask for confirmation (needed without a terminal)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;rooms'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;room-picture'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Set the room''s picture (an image within the server''s size limit; room owners only)'
            cand get 'Download the room''s picture'
            cand delete 'Remove the room''s picture (room owners only; asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;carbonio;room-picture;set'= {
            cand --room 'The room: its UUID or its name (default: the profile''s `room`)'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;room-picture;get'= {
            cand --room 'The room: its UUID or its name (default: the profile''s `room`)'
            cand -o 'Where to save: a directory, a file path, or - for stdout'
            cand --output 'Where to save: a directory, a file path, or - for stdout'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --force 'Replace the file if it exists'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;room-picture;delete'= {
            cand --room 'The room: its UUID or its name (default: the profile''s `room`)'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand -y 'Do not ask for confirmation (needed without a terminal)'
            cand --yes 'Do not ask for confirmation (needed without a terminal)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;room-picture;help'= {
            cand set 'Set the room''s picture (an image within the server''s size limit; room owners only)'
            cand get 'Download the room''s picture'
            cand delete 'Remove the room''s picture (room owners only; asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;carbonio;room-picture;help;set'= {
        }
        &'chatdrop;carbonio;room-picture;help;get'= {
        }
        &'chatdrop;carbonio;room-picture;help;delete'= {
        }
        &'chatdrop;carbonio;room-picture;help;help'= {
        }
        &'chatdrop;carbonio;user-picture'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Set the account''s picture (an image within the server''s size limit)'
            cand get 'Download the account''s picture (or another user''s)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;carbonio;user-picture;set'= {
            cand --user 'The user''s UUID (default: the logged-in account''s own)'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;user-picture;get'= {
            cand --user 'The user''s UUID (default: the logged-in account''s own)'
            cand -o 'Where to save: a directory, a file path, or - for stdout'
            cand --output 'Where to save: a directory, a file path, or - for stdout'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --force 'Replace the file if it exists'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;user-picture;help'= {
            cand set 'Set the account''s picture (an image within the server''s size limit)'
            cand get 'Download the account''s picture (or another user''s)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;carbonio;user-picture;help;set'= {
        }
        &'chatdrop;carbonio;user-picture;help;get'= {
        }
        &'chatdrop;carbonio;user-picture;help;help'= {
        }
        &'chatdrop;carbonio;preview'= {
            cand --room 'The room to find the attachment NAME in: its UUID or its name'
            cand --size 'WIDTHxHEIGHT of the preview (default: the image''s own size when known)'
            cand --quality 'Image quality (the higher, the slower)'
            cand --format 'Image format of the preview (default: the original''s when it is one of these)'
            cand --pages 'Pages of a PDF preview: FIRST-LAST (LAST 0 = the document''s last)'
            cand -o 'Where to save: a directory, a file path, or - for stdout'
            cand --output 'Where to save: a directory, a file path, or - for stdout'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --thumbnail 'A thumbnail rather than a preview'
            cand --force 'Replace the file if it exists'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;help'= {
            cand attach 'Attach files to a room (one chat message each) and print their attachment ids'
            cand attachments 'List a room''s attachments, newest first'
            cand info 'Show an attachment''s metadata'
            cand download 'Download an attachment under its name'
            cand delete 'Delete an attachment for good (only its uploader or a room owner may; asks first)'
            cand rooms 'List the rooms the account can access: id, type and name (tab-separated when piped)'
            cand room-picture 'A room''s picture: set, get or delete it'
            cand user-picture 'The account''s picture (or another user''s with --user): set or get it'
            cand preview 'Download a preview of an image or PDF attachment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;carbonio;help;attach'= {
        }
        &'chatdrop;carbonio;help;attachments'= {
        }
        &'chatdrop;carbonio;help;info'= {
        }
        &'chatdrop;carbonio;help;download'= {
        }
        &'chatdrop;carbonio;help;delete'= {
        }
        &'chatdrop;carbonio;help;rooms'= {
        }
        &'chatdrop;carbonio;help;room-picture'= {
            cand set 'Set the room''s picture (an image within the server''s size limit; room owners only)'
            cand get 'Download the room''s picture'
            cand delete 'Remove the room''s picture (room owners only; asks first)'
        }
        &'chatdrop;carbonio;help;room-picture;set'= {
        }
        &'chatdrop;carbonio;help;room-picture;get'= {
        }
        &'chatdrop;carbonio;help;room-picture;delete'= {
        }
        &'chatdrop;carbonio;help;user-picture'= {
            cand set 'Set the account''s picture (an image within the server''s size limit)'
            cand get 'Download the account''s picture (or another user''s)'
        }
        &'chatdrop;carbonio;help;user-picture;set'= {
        }
        &'chatdrop;carbonio;help;user-picture;get'= {
        }
        &'chatdrop;carbonio;help;preview'= {
        }
        &'chatdrop;carbonio;help;help'= {
        }
        &'chatdrop;protocol'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand attach 'Upload files as attachments (one request each) and print each one''s id and file_url'
            cand upload 'Upload files as attachments (one request each) and print each one''s id and file_url'
            cand attachments 'List attachments, newest first (one page of 10 unless --limit or --all)'
            cand list 'List attachments, newest first (one page of 10 unless --limit or --all)'
            cand ls 'List attachments, newest first (one page of 10 unless --limit or --all)'
            cand conversations 'List conversations, most recently active first (one page of 10 unless --limit or --all)'
            cand get 'Show one attachment'
            cand info 'Show one attachment'
            cand rename 'Change an attachment''s file name'
            cand delete 'Delete an attachment for good (asks first; --yes to skip the question)'
            cand rm 'Delete an attachment for good (asks first; --yes to skip the question)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;protocol;attach'= {
            cand --conversation 'Put them into this conversation (default: the profile''s `conversation`)'
            cand --name 'File name to send (for `-`, or a single file)'
            cand --journal 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --skip-sent 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids'
            cand --no-skip-sent 'Send every file, even where the profile sets `skip_sent = true`'
            cand --resend-unknown 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
            cand --checksum 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record (CHATDROP_CHECKSUM)'
            cand --no-journal 'Record nothing in the journal for this run'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;protocol;upload'= {
            cand --conversation 'Put them into this conversation (default: the profile''s `conversation`)'
            cand --name 'File name to send (for `-`, or a single file)'
            cand --journal 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --skip-sent 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids'
            cand --no-skip-sent 'Send every file, even where the profile sets `skip_sent = true`'
            cand --resend-unknown 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
            cand --checksum 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record (CHATDROP_CHECKSUM)'
            cand --no-journal 'Record nothing in the journal for this run'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;protocol;attachments'= {
            cand --conversation 'Only the attachments of this conversation'
            cand --limit 'How many to list (1 to 100)'
            cand --after 'Start after this attachment id (the last id of a previous page)'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --all 'List every attachment, page by page (100 per request)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;protocol;list'= {
            cand --conversation 'Only the attachments of this conversation'
            cand --limit 'How many to list (1 to 100)'
            cand --after 'Start after this attachment id (the last id of a previous page)'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --all 'List every attachment, page by page (100 per request)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;protocol;ls'= {
            cand --conversation 'Only the attachments of this conversation'
            cand --limit 'How many to list (1 to 100)'
            cand --after 'Start after this attachment id (the last id of a previous page)'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --all 'List every attachment, page by page (100 per request)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;protocol;conversations'= {
            cand --limit 'How many to list (1 to 100)'
            cand --after 'Start after this conversation id (the last id of a previous page)'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --all 'List every conversation, page by page (100 per request)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;protocol;get'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;protocol;info'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;protocol;rename'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;protocol;delete'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand -y 'Do not ask for confirmation (needed without a terminal)'
            cand --yes 'Do not ask for confirmation (needed without a terminal)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;protocol;rm'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand -y 'Do not ask for confirmation (needed without a terminal)'
            cand --yes 'Do not ask for confirmation (needed without a terminal)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;protocol;help'= {
            cand attach 'Upload files as attachments (one request each) and print each one''s id and file_url'
            cand attachments 'List attachments, newest first (one page of 10 unless --limit or --all)'
            cand conversations 'List conversations, most recently active first (one page of 10 unless --limit or --all)'
            cand get 'Show one attachment'
            cand rename 'Change an attachment''s file name'
            cand delete 'Delete an attachment for good (asks first; --yes to skip the question)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;protocol;help;attach'= {
        }
        &'chatdrop;protocol;help;attachments'= {
        }
        &'chatdrop;protocol;help;conversations'= {
        }
        &'chatdrop;protocol;help;get'= {
        }
        &'chatdrop;protocol;help;rename'= {
        }
        &'chatdrop;protocol;help;delete'= {
        }
        &'chatdrop;protocol;help;help'= {
        }
        &'chatdrop;login'= {
            cand --url 'Server or API base URL to store with the credentials'
            cand --login 'Login, email or account name'
            cand --account 'Login, email or account name'
            cand --email 'Login, email or account name'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --with-token 'Read the secret from stdin instead of prompting (Pyrus: the security key; Connect and Carbonio: the password; OK.ru: the access token; Protocol: the token)'
            cand --store-password 'Also store the password, so an expired token can be renewed without asking (Carbonio)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;logout'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;auth'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand login 'Set up credentials for a service (the same as `chatdrop login`)'
            cand logout 'Forget the stored credentials of a service (the same as `chatdrop logout`)'
            cand status 'Which services have credentials in this profile, and where they come from (never the secrets)'
            cand migrate 'Move the secrets in credentials.toml (every profile) into the OS keyring, and out of the file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;auth;login'= {
            cand --url 'Server or API base URL to store with the credentials'
            cand --login 'Login, email or account name'
            cand --account 'Login, email or account name'
            cand --email 'Login, email or account name'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --with-token 'Read the secret from stdin instead of prompting (Pyrus: the security key; Connect and Carbonio: the password; OK.ru: the access token; Protocol: the token)'
            cand --store-password 'Also store the password, so an expired token can be renewed without asking (Carbonio)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;auth;logout'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;auth;status'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --check 'Also try each service''s credentials live (as `login` does); exit 4 if one is refused'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;auth;migrate'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;auth;help'= {
            cand login 'Set up credentials for a service (the same as `chatdrop login`)'
            cand logout 'Forget the stored credentials of a service (the same as `chatdrop logout`)'
            cand status 'Which services have credentials in this profile, and where they come from (never the secrets)'
            cand migrate 'Move the secrets in credentials.toml (every profile) into the OS keyring, and out of the file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;auth;help;login'= {
        }
        &'chatdrop;auth;help;logout'= {
        }
        &'chatdrop;auth;help;status'= {
        }
        &'chatdrop;auth;help;migrate'= {
        }
        &'chatdrop;auth;help;help'= {
        }
        &'chatdrop;completions'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --install 'Write the script to the shell''s standard user location and say what else to do'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;man'= {
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --install 'Write every page to ${XDG_DATA_HOME:-~/.local/share}/man/man1 and say whether man looks there'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;sandbox'= {
            cand --port 'Port on 127.0.0.1 (0 picks a free one)'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --reset 'Forget everything the fakes kept (their state and the uploaded files), then exit'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;history'= {
            cand --service 'Only uploads to this service'
            cand --target 'Only uploads whose target contains this (a task, room, conference, line or conversation id)'
            cand --since 'Only records since then: a time back from now (12h, 7d) or a date (2025-06-01, RFC 3339)'
            cand --limit 'At most N records, the newest'
            cand --journal 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)'
            cand --profile 'Settings profile to use'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504)'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit)'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent'
            cand --failed 'Only files whose latest attempt failed or may have been delivered (unknown)'
            cand --paths 'Print only the local paths, one per line, each once (stdin uploads left out)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;help'= {
            cand pyrus 'Pyrus: upload files (and attach them to a task), download files'
            cand connect '1C-Connect: send images into group chats and support lines'
            cand ok 'OK.ru: publish images as Moments'
            cand carbonio 'Zextras Carbonio chats: attach files to rooms; list, fetch, delete attachments'
            cand protocol 'Protocol chat: upload, list, get, rename, delete attachments'
            cand login 'Set up credentials for a service (checked live before they are saved)'
            cand logout 'Forget the stored credentials of a service'
            cand auth 'Credentials overview'
            cand completions 'Print a shell completion script, or install it where the shell looks for it (--install)'
            cand man 'Print a man page, or install them all where man finds them (--install)'
            cand sandbox 'Serve local fakes of every service, for trying chatdrop and for tests'
            cand history 'What was uploaded where, newest first, from the journal (failed and unknown included)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;help;pyrus'= {
            cand upload 'Upload files (one request each) and print their guids; with --task, attach them all to the task in one comment'
            cand download 'Download a file by its guid or id, under the name Pyrus gives it'
        }
        &'chatdrop;help;pyrus;upload'= {
        }
        &'chatdrop;help;pyrus;download'= {
        }
        &'chatdrop;help;connect'= {
            cand send-image 'Send images (PNG, JPEG, GIF, WEBP, BMP) into a group chat, one message each, or to a support line with --line and --user'
            cand send-file 'Send files of any type to a user on a support line (1C-Connect documents no file sending into group chats)'
            cand lines 'List the support lines the API user serves: id and name (tab-separated when piped)'
        }
        &'chatdrop;help;connect;send-image'= {
        }
        &'chatdrop;help;connect;send-file'= {
        }
        &'chatdrop;help;connect;lines'= {
        }
        &'chatdrop;help;ok'= {
            cand moment 'Publish each image as a Moment (upload link, upload, commit) and print each moment'
        }
        &'chatdrop;help;ok;moment'= {
        }
        &'chatdrop;help;carbonio'= {
            cand attach 'Attach files to a room (one chat message each) and print their attachment ids'
            cand attachments 'List a room''s attachments, newest first'
            cand info 'Show an attachment''s metadata'
            cand download 'Download an attachment under its name'
            cand delete 'Delete an attachment for good (only its uploader or a room owner may; asks first)'
            cand rooms 'List the rooms the account can access: id, type and name (tab-separated when piped)'
            cand room-picture 'A room''s picture: set, get or delete it'
            cand user-picture 'The account''s picture (or another user''s with --user): set or get it'
            cand preview 'Download a preview of an image or PDF attachment'
        }
        &'chatdrop;help;carbonio;attach'= {
        }
        &'chatdrop;help;carbonio;attachments'= {
        }
        &'chatdrop;help;carbonio;info'= {
        }
        &'chatdrop;help;carbonio;download'= {
        }
        &'chatdrop;help;carbonio;delete'= {
        }
        &'chatdrop;help;carbonio;rooms'= {
        }
        &'chatdrop;help;carbonio;room-picture'= {
            cand set 'Set the room''s picture (an image within the server''s size limit; room owners only)'
            cand get 'Download the room''s picture'
            cand delete 'Remove the room''s picture (room owners only; asks first)'
        }
        &'chatdrop;help;carbonio;room-picture;set'= {
        }
        &'chatdrop;help;carbonio;room-picture;get'= {
        }
        &'chatdrop;help;carbonio;room-picture;delete'= {
        }
        &'chatdrop;help;carbonio;user-picture'= {
            cand set 'Set the account''s picture (an image within the server''s size limit)'
            cand get 'Download the account''s picture (or another user''s)'
        }
        &'chatdrop;help;carbonio;user-picture;set'= {
        }
        &'chatdrop;help;carbonio;user-picture;get'= {
        }
        &'chatdrop;help;carbonio;preview'= {
        }
        &'chatdrop;help;protocol'= {
            cand attach 'Upload files as attachments (one request each) and print each one''s id and file_url'
            cand attachments 'List attachments, newest first (one page of 10 unless --limit or --all)'
            cand conversations 'List conversations, most recently active first (one page of 10 unless --limit or --all)'
            cand get 'Show one attachment'
            cand rename 'Change an attachment''s file name'
            cand delete 'Delete an attachment for good (asks first; --yes to skip the question)'
        }
        &'chatdrop;help;protocol;attach'= {
        }
        &'chatdrop;help;protocol;attachments'= {
        }
        &'chatdrop;help;protocol;conversations'= {
        }
        &'chatdrop;help;protocol;get'= {
        }
        &'chatdrop;help;protocol;rename'= {
        }
        &'chatdrop;help;protocol;delete'= {
        }
        &'chatdrop;help;login'= {
        }
        &'chatdrop;help;logout'= {
        }
        &'chatdrop;help;auth'= {
            cand login 'Set up credentials for a service (the same as `chatdrop login`)'
            cand logout 'Forget the stored credentials of a service (the same as `chatdrop logout`)'
            cand status 'Which services have credentials in this profile, and where they come from (never the secrets)'
            cand migrate 'Move the secrets in credentials.toml (every profile) into the OS keyring, and out of the file'
        }
        &'chatdrop;help;auth;login'= {
        }
        &'chatdrop;help;auth;logout'= {
        }
        &'chatdrop;help;auth;status'= {
        }
        &'chatdrop;help;auth;migrate'= {
        }
        &'chatdrop;help;completions'= {
        }
        &'chatdrop;help;man'= {
        }
        &'chatdrop;help;sandbox'= {
        }
        &'chatdrop;help;history'= {
        }
        &'chatdrop;help;help'= {
        }
    ]
    $completions[$command]
}
