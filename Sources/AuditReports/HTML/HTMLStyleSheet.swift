/// The report's inline style sheet: system fonts only, nothing fetched, legible in print.
enum HTMLStyleSheet {
    static let css = """
    :root{--ink:#1c2333;--muted:#5d6678;--line:#dfe3ea;--bg:#f3f5f9;--card:#fff;--head:#1f2b47;
    --error:#c0392b;--error-bg:#fdecea;--warning:#a75f00;--warning-bg:#fff3df;--info:#1f6aa5;--info-bg:#e7f0fa;
    --ok:#2e7d32;--ok-bg:#e7f4e8;--accent:#34508a}
    *{box-sizing:border-box}
    body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC","WenQuanYi Micro Hei","DejaVu Sans",sans-serif}
    .wrap{max-width:1120px;margin:0 auto;padding:0 28px}
    header.report{background:var(--head);color:#fff;padding:26px 0 22px}
    header.report h1{font-size:24px;font-weight:650;margin:0 0 4px;letter-spacing:-.01em}
    header.report .meta{color:#c5cee0;font-size:13px;word-break:break-all}
    .verdict{display:inline-block;margin-top:14px;padding:7px 14px;border-radius:6px;font-weight:600}
    .verdict.fail{background:var(--error);color:#fff}.verdict.review{background:#e8a33d;color:#231500}.verdict.pass{background:#3b9142;color:#fff}
    nav.toc{background:#fff;border-bottom:1px solid var(--line);font-size:13px}
    nav.toc a{display:inline-block;padding:10px 12px 9px;color:var(--accent);text-decoration:none;border-bottom:2px solid transparent}
    nav.toc a:hover{border-bottom-color:var(--accent)}
    main{padding-bottom:48px}
    h2{font-size:19px;margin:34px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--line)}
    h3{font-size:13px;margin:22px 0 10px;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
    p.note{color:var(--muted);margin:-4px 0 14px}
    .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:12px;margin-bottom:16px}
    .tile{background:var(--card);border:1px solid var(--line);border-top:4px solid #9aa3b5;border-radius:8px;padding:10px 16px}
    .tile .n{font-size:30px;font-weight:700;line-height:1.2}.tile .l{color:var(--muted);font-size:12.5px}
    .tile.error{border-top-color:var(--error)}.tile.error .n{color:var(--error)}
    .tile.warning{border-top-color:#e8a33d}.tile.warning .n{color:var(--warning)}
    .tile.info{border-top-color:var(--info)}.tile.info .n{color:var(--info)}
    .tile.accepted{border-top-color:var(--ok)}.tile.accepted .n{color:var(--ok)}
    table{border-collapse:separate;border-spacing:0;width:100%;background:var(--card);border:1px solid var(--line);border-radius:8px;overflow:hidden}
    th,td{text-align:left;padding:6px 10px;border-bottom:1px solid var(--line);vertical-align:top}
    tr:last-child td{border-bottom:0}
    th{background:#eef1f6;font-weight:600;font-size:11.5px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
    .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    td.path{word-break:break-all}
    .zero{color:#b3b9c5}
    code,.mono{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:12.5px}
    .finding{background:var(--card);border:1px solid var(--line);border-left:5px solid #9aa3b5;border-radius:8px;padding:14px 20px 16px;margin:0 0 14px;break-inside:avoid}
    .finding.error{border-left-color:var(--error)}.finding.warning{border-left-color:#e8a33d}.finding.info{border-left-color:var(--info)}
    .finding.accepted{border-left-color:var(--ok);background:#fbfdfb}
    .finding h4{margin:6px 0 10px;font-size:16px;line-height:1.4}
    .finding.brief{padding:7px 18px 8px;margin-bottom:6px}.finding.brief>div{display:inline}
    .finding.brief h4{display:inline;font-size:14px;margin:0 0 0 10px}.finding.brief .cat{display:none}
    .brief-line{margin:2px 0;font-size:12.5px;color:var(--muted);word-break:break-word}
    .finding .num-id{color:var(--muted);font-weight:500;margin-right:4px}
    .badge{display:inline-block;font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.05em;padding:2px 8px;border-radius:10px;vertical-align:1px}
    .badge.error{background:var(--error-bg);color:var(--error)}.badge.warning{background:var(--warning-bg);color:var(--warning)}
    .badge.info{background:var(--info-bg);color:var(--info)}.badge.accepted{background:var(--ok-bg);color:var(--ok)}
    .badge.ok{background:var(--ok-bg);color:var(--ok)}.badge.unreadable,.badge.rejected{background:var(--error-bg);color:var(--error)}
    .badge.skipped{background:var(--warning-bg);color:var(--warning)}
    .cat{color:var(--muted);font-size:12px;margin-left:8px}
    dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:3px 16px;margin:0 0 8px}
    dl.facts dt{color:var(--muted);font-size:12.5px;padding-top:1px}
    dl.facts dd{margin:0}
    .measure{font-weight:600}
    .action{background:#f1f5fd;border-left:3px solid var(--accent);padding:7px 12px;border-radius:4px;margin:10px 0}
    .accepted-note{background:var(--ok-bg);border-left:3px solid var(--ok);padding:7px 12px;border-radius:4px;margin:10px 0}
    .crops{display:flex;flex-wrap:wrap;gap:14px;margin:12px 0 4px}
    figure.crop{margin:0;max-width:100%}
    figure.crop img{display:block;max-width:100%;height:auto;border:1px solid #c5cbd6;border-radius:4px;background:#fff;box-shadow:0 1px 3px rgba(20,30,50,.08)}
    figcaption{font-size:12px;color:var(--muted);margin-top:5px;max-width:640px;word-break:break-all}
    .seen{font-size:12.5px;color:var(--muted);margin:8px 0}
    table.evidence{font-size:12.5px;margin-top:10px}
    table.evidence td:first-child{word-break:break-all}
    .more{color:var(--muted);font-style:italic}
    .workers{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:12px}
    .worker{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 14px 8px}
    .worker.flagged{border-color:#e3b1ab;box-shadow:inset 4px 0 0 var(--error)}
    .worker .who{font-weight:600}.worker .who .name{font-weight:400;color:var(--muted);margin-left:6px}
    .worker .stats{font-size:12px;color:var(--muted)}
    .worker a,dl.facts a{color:var(--accent)}
    svg.chart{display:block;margin-top:6px}
    svg.chart text{font-size:10px;fill:#6b7384;font-family:inherit}
    footer{color:var(--muted);font-size:12px;margin-top:40px;border-top:1px solid var(--line);padding-top:12px}
    @media print{body{background:#fff}header.report{background:#fff;color:var(--ink)}nav.toc{display:none}}
    """
}
