# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_chatdrop_global_optspecs
    string join \n profile= config= json q/quiet v/verbose no-input sandbox jobs= retries= ca-cert= connect-timeout= stall-timeout= response-timeout= h/help V/version
end

function __fish_chatdrop_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_chatdrop_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_chatdrop_using_subcommand
    set -l cmd (__fish_chatdrop_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c chatdrop -n "__fish_chatdrop_needs_command" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_needs_command" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_needs_command" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_needs_command" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_needs_command" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_needs_command" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_needs_command" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_needs_command" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_needs_command" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -s V -l version -d 'Print version'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "pyrus" -d 'Pyrus: upload files (and attach them to a task), download files'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "connect" -d '1C-Connect: send images into group chats and support lines'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "ok" -d 'OK.ru: publish images as Moments'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "carbonio" -d 'Zextras Carbonio chats: attach files to rooms; list, fetch, delete attachments'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "protocol" -d 'Protocol chat: upload, list, get, rename, delete attachments'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "login" -d 'Set up credentials for a service (checked live before they are saved)'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "logout" -d 'Forget the stored credentials of a service'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "auth" -d 'Credentials overview'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "completions" -d 'Print a shell completion script, or install it where the shell looks for it (--install)'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "man" -d 'Print a man page, or install them all where man finds them (--install)'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "sandbox" -d 'Serve local fakes of every service, for trying chatdrop and for tests'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "history" -d 'What was uploaded where, newest first, from the journal (failed and unknown included)'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -f -a "upload" -d 'Upload files (one request each) and print their guids; with --task, attach them all to the task in one comment'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -f -a "download" -d 'Download a file by its guid or id, under the name Pyrus gives it'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l task -d 'Attach the uploaded files to this task (default: the profile\'s `task`)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l comment -d 'Text of the comment that attaches the files (to --task or the profile\'s `task`)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l name -d 'File name to send (for `-`, or a single file)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l journal -d 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l skip-sent -d 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal\'s record is not read, the others are hashed first); they are reported as skipped with the earlier ids'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l no-skip-sent -d 'Send every file, even where the profile sets `skip_sent = true`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l resend-unknown -d 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l checksum -d 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal\'s record (CHATDROP_CHECKSUM)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l no-journal -d 'Record nothing in the journal for this run'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -s o -l output -d 'Where to save: a directory, a file path, or - for stdout' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l force -d 'Replace the file if it exists'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from help" -f -a "upload" -d 'Upload files (one request each) and print their guids; with --task, attach them all to the task in one comment'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from help" -f -a "download" -d 'Download a file by its guid or id, under the name Pyrus gives it'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and not __fish_seen_subcommand_from send-image send-file upload lines help" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and not __fish_seen_subcommand_from send-image send-file upload lines help" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and not __fish_seen_subcommand_from send-image send-file upload lines help" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and not __fish_seen_subcommand_from send-image send-file upload lines help" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and not __fish_seen_subcommand_from send-image send-file upload lines help" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and not __fish_seen_subcommand_from send-image send-file upload lines help" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and not __fish_seen_subcommand_from send-image send-file upload lines help" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and not __fish_seen_subcommand_from send-image send-file upload lines help" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and not __fish_seen_subcommand_from send-image send-file upload lines help" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and not __fish_seen_subcommand_from send-image send-file upload lines help" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and not __fish_seen_subcommand_from send-image send-file upload lines help" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and not __fish_seen_subcommand_from send-image send-file upload lines help" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and not __fish_seen_subcommand_from send-image send-file upload lines help" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and not __fish_seen_subcommand_from send-image send-file upload lines help" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and not __fish_seen_subcommand_from send-image send-file upload lines help" -f -a "send-image" -d 'Send images (PNG, JPEG, GIF, WEBP, BMP) into a group chat, one message each, or to a support line with --line and --user'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and not __fish_seen_subcommand_from send-image send-file upload lines help" -f -a "send-file" -d 'Send files of any type to a user on a support line (1C-Connect documents no file sending into group chats)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and not __fish_seen_subcommand_from send-image send-file upload lines help" -f -a "upload" -d 'Send files of any type to a user on a support line (1C-Connect documents no file sending into group chats)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and not __fish_seen_subcommand_from send-image send-file upload lines help" -f -a "lines" -d 'List the support lines the API user serves: id and name (tab-separated when piped)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and not __fish_seen_subcommand_from send-image send-file upload lines help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l conference -d 'Group chat (conference) UUID (default: the profile\'s `conference`)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l author -d 'Who sends: a member of the group chat, or the specialist on a line (default: the profile\'s `author`)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l line -d 'The support line to send to, by UUID or name (default: the profile\'s `line`)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l user -d 'The user (subscriber) on the support line (default: the profile\'s `user`)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l comment -d 'Comment shown with each file' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l name -d 'File name to send (for `-`, or a single file)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l journal -d 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l skip-sent -d 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal\'s record is not read, the others are hashed first); they are reported as skipped with the earlier ids'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l no-skip-sent -d 'Send every file, even where the profile sets `skip_sent = true`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l resend-unknown -d 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l checksum -d 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal\'s record (CHATDROP_CHECKSUM)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l no-journal -d 'Record nothing in the journal for this run'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-image" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -l author -d 'Who sends: a member of the group chat, or the specialist on a line (default: the profile\'s `author`)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -l line -d 'The support line to send to, by UUID or name (default: the profile\'s `line`)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -l user -d 'The user (subscriber) on the support line (default: the profile\'s `user`)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -l comment -d 'Comment shown with each file' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -l name -d 'File name to send (for `-`, or a single file)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -l journal -d 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -l skip-sent -d 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal\'s record is not read, the others are hashed first); they are reported as skipped with the earlier ids'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -l no-skip-sent -d 'Send every file, even where the profile sets `skip_sent = true`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -l resend-unknown -d 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -l checksum -d 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal\'s record (CHATDROP_CHECKSUM)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -l no-journal -d 'Record nothing in the journal for this run'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from send-file" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -l author -d 'Who sends: a member of the group chat, or the specialist on a line (default: the profile\'s `author`)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -l line -d 'The support line to send to, by UUID or name (default: the profile\'s `line`)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -l user -d 'The user (subscriber) on the support line (default: the profile\'s `user`)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -l comment -d 'Comment shown with each file' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -l name -d 'File name to send (for `-`, or a single file)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -l journal -d 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -l skip-sent -d 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal\'s record is not read, the others are hashed first); they are reported as skipped with the earlier ids'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -l no-skip-sent -d 'Send every file, even where the profile sets `skip_sent = true`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -l resend-unknown -d 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -l checksum -d 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal\'s record (CHATDROP_CHECKSUM)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -l no-journal -d 'Record nothing in the journal for this run'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from lines" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from lines" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from lines" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from lines" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from lines" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from lines" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from lines" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from lines" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from lines" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from lines" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from lines" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from lines" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from lines" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from lines" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from help" -f -a "send-image" -d 'Send images (PNG, JPEG, GIF, WEBP, BMP) into a group chat, one message each, or to a support line with --line and --user'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from help" -f -a "send-file" -d 'Send files of any type to a user on a support line (1C-Connect documents no file sending into group chats)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from help" -f -a "lines" -d 'List the support lines the API user serves: id and name (tab-separated when piped)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and not __fish_seen_subcommand_from moment upload help" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and not __fish_seen_subcommand_from moment upload help" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and not __fish_seen_subcommand_from moment upload help" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and not __fish_seen_subcommand_from moment upload help" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and not __fish_seen_subcommand_from moment upload help" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and not __fish_seen_subcommand_from moment upload help" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and not __fish_seen_subcommand_from moment upload help" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and not __fish_seen_subcommand_from moment upload help" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and not __fish_seen_subcommand_from moment upload help" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and not __fish_seen_subcommand_from moment upload help" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and not __fish_seen_subcommand_from moment upload help" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and not __fish_seen_subcommand_from moment upload help" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and not __fish_seen_subcommand_from moment upload help" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and not __fish_seen_subcommand_from moment upload help" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and not __fish_seen_subcommand_from moment upload help" -f -a "moment" -d 'Publish each image as a Moment (upload link, upload, commit) and print each moment'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and not __fish_seen_subcommand_from moment upload help" -f -a "upload" -d 'Publish each image as a Moment (upload link, upload, commit) and print each moment'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and not __fish_seen_subcommand_from moment upload help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from moment" -l name -d 'File name to send (for `-`, or a single image)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from moment" -l journal -d 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from moment" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from moment" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from moment" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from moment" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from moment" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from moment" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from moment" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from moment" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from moment" -l skip-sent -d 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal\'s record is not read, the others are hashed first); they are reported as skipped with the earlier ids'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from moment" -l no-skip-sent -d 'Send every file, even where the profile sets `skip_sent = true`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from moment" -l resend-unknown -d 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from moment" -l checksum -d 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal\'s record (CHATDROP_CHECKSUM)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from moment" -l no-journal -d 'Record nothing in the journal for this run'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from moment" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from moment" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from moment" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from moment" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from moment" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from moment" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from upload" -l name -d 'File name to send (for `-`, or a single image)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from upload" -l journal -d 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from upload" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from upload" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from upload" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from upload" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from upload" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from upload" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from upload" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from upload" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from upload" -l skip-sent -d 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal\'s record is not read, the others are hashed first); they are reported as skipped with the earlier ids'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from upload" -l no-skip-sent -d 'Send every file, even where the profile sets `skip_sent = true`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from upload" -l resend-unknown -d 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from upload" -l checksum -d 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal\'s record (CHATDROP_CHECKSUM)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from upload" -l no-journal -d 'Record nothing in the journal for this run'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from upload" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from upload" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from upload" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from upload" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from upload" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from help" -f -a "moment" -d 'Publish each image as a Moment (upload link, upload, commit) and print each moment'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -f -a "attach" -d 'Attach files to a room (one chat message each) and print their attachment ids'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -f -a "upload" -d 'Attach files to a room (one chat message each) and print their attachment ids'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -f -a "attachments" -d 'List a room\'s attachments, newest first'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -f -a "list" -d 'List a room\'s attachments, newest first'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -f -a "ls" -d 'List a room\'s attachments, newest first'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -f -a "info" -d 'Show an attachment\'s metadata'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -f -a "get" -d 'Show an attachment\'s metadata'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -f -a "download" -d 'Download an attachment under its name'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -f -a "delete" -d 'Delete an attachment for good (only its uploader or a room owner may; asks first)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -f -a "rm" -d 'Delete an attachment for good (only its uploader or a room owner may; asks first)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -f -a "rooms" -d 'List the rooms the account can access: id, type and name (tab-separated when piped)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -f -a "room-picture" -d 'A room\'s picture: set, get or delete it'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -f -a "user-picture" -d 'The account\'s picture (or another user\'s with --user): set or get it'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -f -a "preview" -d 'Download a preview of an image or PDF attachment'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and not __fish_seen_subcommand_from attach upload attachments list ls info get download delete rm rooms room-picture user-picture preview help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -l room -d 'The room: its UUID or its name (default: the profile\'s `room`; on a terminal, a pick list)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -l description -d 'Text shown with each attachment' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -l reply-to -d 'Post the attachments as replies to this message' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -l message-id -d 'The id of the chat message the attachment creates (a single file only)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -l name -d 'File name to send (for `-`, or a single file)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -l journal -d 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -l skip-sent -d 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal\'s record is not read, the others are hashed first); they are reported as skipped with the earlier ids'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -l no-skip-sent -d 'Send every file, even where the profile sets `skip_sent = true`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -l resend-unknown -d 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -l checksum -d 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal\'s record (CHATDROP_CHECKSUM)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -l no-journal -d 'Record nothing in the journal for this run'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -l room -d 'The room: its UUID or its name (default: the profile\'s `room`; on a terminal, a pick list)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -l description -d 'Text shown with each attachment' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -l reply-to -d 'Post the attachments as replies to this message' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -l message-id -d 'The id of the chat message the attachment creates (a single file only)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -l name -d 'File name to send (for `-`, or a single file)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -l journal -d 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -l skip-sent -d 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal\'s record is not read, the others are hashed first); they are reported as skipped with the earlier ids'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -l no-skip-sent -d 'Send every file, even where the profile sets `skip_sent = true`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -l resend-unknown -d 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -l checksum -d 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal\'s record (CHATDROP_CHECKSUM)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -l no-journal -d 'Record nothing in the journal for this run'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attachments" -l room -d 'The room: its UUID or its name (default: the profile\'s `room`; on a terminal, a pick list)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attachments" -l limit -d 'At most this many (default 20)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attachments" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attachments" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attachments" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attachments" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attachments" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attachments" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attachments" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attachments" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attachments" -l all -d 'Every attachment of the room, page after page'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attachments" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attachments" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attachments" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attachments" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attachments" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from attachments" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from list" -l room -d 'The room: its UUID or its name (default: the profile\'s `room`; on a terminal, a pick list)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from list" -l limit -d 'At most this many (default 20)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from list" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from list" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from list" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from list" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from list" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from list" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from list" -l all -d 'Every attachment of the room, page after page'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from list" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from ls" -l room -d 'The room: its UUID or its name (default: the profile\'s `room`; on a terminal, a pick list)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from ls" -l limit -d 'At most this many (default 20)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from ls" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from ls" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from ls" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from ls" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from ls" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from ls" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from ls" -l all -d 'Every attachment of the room, page after page'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from ls" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from info" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from info" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from info" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from info" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from info" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from info" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from info" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from info" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from info" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from info" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from info" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from info" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from get" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from get" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from get" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from get" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from get" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from get" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from get" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from get" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from get" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from download" -s o -l output -d 'Where to save: a directory, a file path, or - for stdout' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from download" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from download" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from download" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from download" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from download" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from download" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from download" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from download" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from download" -l force -d 'Replace the file if it exists'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from download" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from download" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from download" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from download" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from download" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from delete" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from delete" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from delete" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from delete" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from delete" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from delete" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (needed without a terminal)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from delete" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rm" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rm" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rm" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rm" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rm" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rm" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rm" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rm" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do not ask for confirmation (needed without a terminal)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rm" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rooms" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rooms" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rooms" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rooms" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rooms" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rooms" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rooms" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rooms" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rooms" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rooms" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rooms" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rooms" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rooms" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from rooms" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from room-picture" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from room-picture" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from room-picture" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from room-picture" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from room-picture" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from room-picture" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from room-picture" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from room-picture" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from room-picture" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from room-picture" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from room-picture" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from room-picture" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from room-picture" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from room-picture" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from room-picture" -f -a "set" -d 'Set the room\'s picture (an image within the server\'s size limit; room owners only)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from room-picture" -f -a "get" -d 'Download the room\'s picture'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from room-picture" -f -a "delete" -d 'Remove the room\'s picture (room owners only; asks first)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from room-picture" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from user-picture" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from user-picture" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from user-picture" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from user-picture" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from user-picture" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from user-picture" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from user-picture" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from user-picture" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from user-picture" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from user-picture" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from user-picture" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from user-picture" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from user-picture" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from user-picture" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from user-picture" -f -a "set" -d 'Set the account\'s picture (an image within the server\'s size limit)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from user-picture" -f -a "get" -d 'Download the account\'s picture (or another user\'s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from user-picture" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from preview" -l room -d 'The room to find the attachment NAME in: its UUID or its name' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from preview" -l size -d 'WIDTHxHEIGHT of the preview (default: the image\'s own size when known)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from preview" -l quality -d 'Image quality (the higher, the slower)' -r -f -a "lowest\t''
low\t''
medium\t''
high\t''
highest\t''"
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from preview" -l format -d 'Image format of the preview (default: the original\'s when it is one of these)' -r -f -a "jpeg\t''
png\t''
gif\t''"
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from preview" -l pages -d 'Pages of a PDF preview: FIRST-LAST (LAST 0 = the document\'s last)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from preview" -s o -l output -d 'Where to save: a directory, a file path, or - for stdout' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from preview" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from preview" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from preview" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from preview" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from preview" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from preview" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from preview" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from preview" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from preview" -l thumbnail -d 'A thumbnail rather than a preview'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from preview" -l force -d 'Replace the file if it exists'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from preview" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from preview" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from preview" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from preview" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from preview" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from preview" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from help" -f -a "attach" -d 'Attach files to a room (one chat message each) and print their attachment ids'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from help" -f -a "attachments" -d 'List a room\'s attachments, newest first'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from help" -f -a "info" -d 'Show an attachment\'s metadata'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from help" -f -a "download" -d 'Download an attachment under its name'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an attachment for good (only its uploader or a room owner may; asks first)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from help" -f -a "rooms" -d 'List the rooms the account can access: id, type and name (tab-separated when piped)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from help" -f -a "room-picture" -d 'A room\'s picture: set, get or delete it'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from help" -f -a "user-picture" -d 'The account\'s picture (or another user\'s with --user): set or get it'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from help" -f -a "preview" -d 'Download a preview of an image or PDF attachment'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -f -a "attach" -d 'Upload files as attachments (one request each) and print each one\'s id and file_url'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -f -a "upload" -d 'Upload files as attachments (one request each) and print each one\'s id and file_url'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -f -a "attachments" -d 'List attachments, newest first (one page of 10 unless --limit or --all)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -f -a "list" -d 'List attachments, newest first (one page of 10 unless --limit or --all)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -f -a "ls" -d 'List attachments, newest first (one page of 10 unless --limit or --all)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -f -a "conversations" -d 'List conversations, most recently active first (one page of 10 unless --limit or --all)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -f -a "get" -d 'Show one attachment'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -f -a "info" -d 'Show one attachment'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -f -a "rename" -d 'Change an attachment\'s file name'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -f -a "delete" -d 'Delete an attachment for good (asks first; --yes to skip the question)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -f -a "rm" -d 'Delete an attachment for good (asks first; --yes to skip the question)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and not __fish_seen_subcommand_from attach upload attachments list ls conversations get info rename delete rm help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attach" -l conversation -d 'Put them into this conversation (default: the profile\'s `conversation`)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attach" -l name -d 'File name to send (for `-`, or a single file)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attach" -l journal -d 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attach" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attach" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attach" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attach" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attach" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attach" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attach" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attach" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attach" -l skip-sent -d 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal\'s record is not read, the others are hashed first); they are reported as skipped with the earlier ids'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attach" -l no-skip-sent -d 'Send every file, even where the profile sets `skip_sent = true`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attach" -l resend-unknown -d 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attach" -l checksum -d 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal\'s record (CHATDROP_CHECKSUM)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attach" -l no-journal -d 'Record nothing in the journal for this run'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attach" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attach" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attach" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attach" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attach" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from upload" -l conversation -d 'Put them into this conversation (default: the profile\'s `conversation`)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from upload" -l name -d 'File name to send (for `-`, or a single file)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from upload" -l journal -d 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from upload" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from upload" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from upload" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from upload" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from upload" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from upload" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from upload" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from upload" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from upload" -l skip-sent -d 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal\'s record is not read, the others are hashed first); they are reported as skipped with the earlier ids'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from upload" -l no-skip-sent -d 'Send every file, even where the profile sets `skip_sent = true`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from upload" -l resend-unknown -d 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from upload" -l checksum -d 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal\'s record (CHATDROP_CHECKSUM)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from upload" -l no-journal -d 'Record nothing in the journal for this run'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from upload" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from upload" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from upload" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from upload" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from upload" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attachments" -l conversation -d 'Only the attachments of this conversation' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attachments" -l limit -d 'How many to list (1 to 100)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attachments" -l after -d 'Start after this attachment id (the last id of a previous page)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attachments" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attachments" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attachments" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attachments" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attachments" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attachments" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attachments" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attachments" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attachments" -l all -d 'List every attachment, page by page (100 per request)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attachments" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attachments" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attachments" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attachments" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attachments" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from attachments" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from list" -l conversation -d 'Only the attachments of this conversation' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from list" -l limit -d 'How many to list (1 to 100)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from list" -l after -d 'Start after this attachment id (the last id of a previous page)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from list" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from list" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from list" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from list" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from list" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from list" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from list" -l all -d 'List every attachment, page by page (100 per request)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from list" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from ls" -l conversation -d 'Only the attachments of this conversation' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from ls" -l limit -d 'How many to list (1 to 100)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from ls" -l after -d 'Start after this attachment id (the last id of a previous page)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from ls" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from ls" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from ls" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from ls" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from ls" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from ls" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from ls" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from ls" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from ls" -l all -d 'List every attachment, page by page (100 per request)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from ls" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from ls" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from conversations" -l limit -d 'How many to list (1 to 100)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from conversations" -l after -d 'Start after this conversation id (the last id of a previous page)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from conversations" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from conversations" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from conversations" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from conversations" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from conversations" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from conversations" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from conversations" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from conversations" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from conversations" -l all -d 'List every conversation, page by page (100 per request)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from conversations" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from conversations" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from conversations" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from conversations" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from conversations" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from conversations" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from get" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from get" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from get" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from get" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from get" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from get" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from get" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from get" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from get" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from get" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from info" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from info" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from info" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from info" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from info" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from info" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from info" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from info" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from info" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from info" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from info" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from info" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from info" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rename" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rename" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rename" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rename" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rename" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rename" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rename" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rename" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rename" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rename" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rename" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rename" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from delete" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from delete" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from delete" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from delete" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from delete" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from delete" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from delete" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from delete" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (needed without a terminal)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from delete" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rm" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rm" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rm" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rm" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rm" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rm" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rm" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rm" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Do not ask for confirmation (needed without a terminal)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rm" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rm" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rm" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from help" -f -a "attach" -d 'Upload files as attachments (one request each) and print each one\'s id and file_url'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from help" -f -a "attachments" -d 'List attachments, newest first (one page of 10 unless --limit or --all)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from help" -f -a "conversations" -d 'List conversations, most recently active first (one page of 10 unless --limit or --all)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show one attachment'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Change an attachment\'s file name'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an attachment for good (asks first; --yes to skip the question)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l url -d 'Server or API base URL to store with the credentials' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l login -l account -l email -d 'Login, email or account name' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l with-token -d 'Read the secret from stdin instead of prompting (Pyrus: the security key; Connect and Carbonio: the password; OK.ru: the access token; Protocol: the token)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l store-password -d 'Also store the password, so an expired token can be renewed without asking (Carbonio)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from login logout status migrate help" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from login logout status migrate help" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from login logout status migrate help" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from login logout status migrate help" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from login logout status migrate help" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from login logout status migrate help" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from login logout status migrate help" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from login logout status migrate help" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from login logout status migrate help" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from login logout status migrate help" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from login logout status migrate help" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from login logout status migrate help" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from login logout status migrate help" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from login logout status migrate help" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from login logout status migrate help" -f -a "login" -d 'Set up credentials for a service (the same as `chatdrop login`)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from login logout status migrate help" -f -a "logout" -d 'Forget the stored credentials of a service (the same as `chatdrop logout`)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from login logout status migrate help" -f -a "status" -d 'Which services have credentials in this profile, and where they come from (never the secrets)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from login logout status migrate help" -f -a "migrate" -d 'Move the secrets in credentials.toml (every profile) into the OS keyring, and out of the file'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from login logout status migrate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from login" -l url -d 'Server or API base URL to store with the credentials' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from login" -l login -l account -l email -d 'Login, email or account name' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from login" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from login" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from login" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from login" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from login" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from login" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from login" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from login" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from login" -l with-token -d 'Read the secret from stdin instead of prompting (Pyrus: the security key; Connect and Carbonio: the password; OK.ru: the access token; Protocol: the token)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from login" -l store-password -d 'Also store the password, so an expired token can be renewed without asking (Carbonio)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from login" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from login" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from logout" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from logout" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from logout" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from logout" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from logout" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from logout" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from logout" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from logout" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from logout" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from logout" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l check -d 'Also try each service\'s credentials live (as `login` does); exit 4 if one is refused'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from migrate" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from migrate" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from migrate" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from migrate" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from migrate" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from migrate" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from migrate" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from migrate" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from migrate" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from migrate" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from migrate" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Set up credentials for a service (the same as `chatdrop login`)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Forget the stored credentials of a service (the same as `chatdrop logout`)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Which services have credentials in this profile, and where they come from (never the secrets)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Move the secrets in credentials.toml (every profile) into the OS keyring, and out of the file'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l install -d 'Write the script to the shell\'s standard user location and say what else to do'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand man" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand man" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand man" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand man" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand man" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand man" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand man" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand man" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand man" -l install -d 'Write every page to ${XDG_DATA_HOME:-~/.local/share}/man/man1 and say whether man looks there'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand man" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand man" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand man" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand man" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand man" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand man" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l port -d 'Port on 127.0.0.1 (0 picks a free one)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l reset -d 'Forget everything the fakes kept (their state and the uploaded files), then exit'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand history" -l service -d 'Only uploads to this service' -r -f -a "pyrus\t''
connect\t''
ok\t''
carbonio\t''
protocol\t''"
complete -c chatdrop -n "__fish_chatdrop_using_subcommand history" -l target -d 'Only uploads whose target contains this (a task, room, conference, line or conversation id)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand history" -l since -d 'Only records since then: a time back from now (12h, 7d) or a date (2025-06-01, RFC 3339)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand history" -l limit -d 'At most N records, the newest' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand history" -l journal -d 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand history" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand history" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand history" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand history" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand history" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand history" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand history" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand history" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand history" -l failed -d 'Only files whose latest attempt failed or may have been delivered (unknown)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand history" -l paths -d 'Print only the local paths, one per line, each once (stdin uploads left out)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand history" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand history" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand history" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand history" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand history" -l sandbox -d 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand history" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions man sandbox history help" -f -a "pyrus" -d 'Pyrus: upload files (and attach them to a task), download files'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions man sandbox history help" -f -a "connect" -d '1C-Connect: send images into group chats and support lines'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions man sandbox history help" -f -a "ok" -d 'OK.ru: publish images as Moments'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions man sandbox history help" -f -a "carbonio" -d 'Zextras Carbonio chats: attach files to rooms; list, fetch, delete attachments'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions man sandbox history help" -f -a "protocol" -d 'Protocol chat: upload, list, get, rename, delete attachments'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions man sandbox history help" -f -a "login" -d 'Set up credentials for a service (checked live before they are saved)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions man sandbox history help" -f -a "logout" -d 'Forget the stored credentials of a service'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions man sandbox history help" -f -a "auth" -d 'Credentials overview'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions man sandbox history help" -f -a "completions" -d 'Print a shell completion script, or install it where the shell looks for it (--install)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions man sandbox history help" -f -a "man" -d 'Print a man page, or install them all where man finds them (--install)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions man sandbox history help" -f -a "sandbox" -d 'Serve local fakes of every service, for trying chatdrop and for tests'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions man sandbox history help" -f -a "history" -d 'What was uploaded where, newest first, from the journal (failed and unknown included)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions man sandbox history help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from pyrus" -f -a "upload" -d 'Upload files (one request each) and print their guids; with --task, attach them all to the task in one comment'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from pyrus" -f -a "download" -d 'Download a file by its guid or id, under the name Pyrus gives it'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from connect" -f -a "send-image" -d 'Send images (PNG, JPEG, GIF, WEBP, BMP) into a group chat, one message each, or to a support line with --line and --user'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from connect" -f -a "send-file" -d 'Send files of any type to a user on a support line (1C-Connect documents no file sending into group chats)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from connect" -f -a "lines" -d 'List the support lines the API user serves: id and name (tab-separated when piped)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from ok" -f -a "moment" -d 'Publish each image as a Moment (upload link, upload, commit) and print each moment'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from carbonio" -f -a "attach" -d 'Attach files to a room (one chat message each) and print their attachment ids'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from carbonio" -f -a "attachments" -d 'List a room\'s attachments, newest first'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from carbonio" -f -a "info" -d 'Show an attachment\'s metadata'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from carbonio" -f -a "download" -d 'Download an attachment under its name'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from carbonio" -f -a "delete" -d 'Delete an attachment for good (only its uploader or a room owner may; asks first)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from carbonio" -f -a "rooms" -d 'List the rooms the account can access: id, type and name (tab-separated when piped)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from carbonio" -f -a "room-picture" -d 'A room\'s picture: set, get or delete it'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from carbonio" -f -a "user-picture" -d 'The account\'s picture (or another user\'s with --user): set or get it'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from carbonio" -f -a "preview" -d 'Download a preview of an image or PDF attachment'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from protocol" -f -a "attach" -d 'Upload files as attachments (one request each) and print each one\'s id and file_url'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from protocol" -f -a "attachments" -d 'List attachments, newest first (one page of 10 unless --limit or --all)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from protocol" -f -a "conversations" -d 'List conversations, most recently active first (one page of 10 unless --limit or --all)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from protocol" -f -a "get" -d 'Show one attachment'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from protocol" -f -a "rename" -d 'Change an attachment\'s file name'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from protocol" -f -a "delete" -d 'Delete an attachment for good (asks first; --yes to skip the question)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Set up credentials for a service (the same as `chatdrop login`)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Forget the stored credentials of a service (the same as `chatdrop logout`)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Which services have credentials in this profile, and where they come from (never the secrets)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "migrate" -d 'Move the secrets in credentials.toml (every profile) into the OS keyring, and out of the file'
