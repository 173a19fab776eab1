<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ChangeBanner</name>
    <message>
        <location filename="../../editor/ui/editor/change_banner.py" line="49"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/change_banner.py" line="50"/>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/change_banner.py" line="52"/>
        <source>Reload (Discard Mine)</source>
        <translation>再読み込み（こちらの変更を破棄）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/change_banner.py" line="53"/>
        <source>Keep Mine and Save</source>
        <translation>こちらを残して保存</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/change_banner.py" line="54"/>
        <source>Keep Mine</source>
        <translation>こちらを残す</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/change_banner.py" line="55"/>
        <source>Compare…</source>
        <translation>比較…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/change_banner.py" line="60"/>
        <source>“{0}” was deleted or moved on disk. Your text is still here; save it to keep it.</source>
        <translation>「{0}」はディスク上で削除または移動されました。文章はここに残っています。残すには保存してください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/change_banner.py" line="64"/>
        <source>“{0}” was changed on disk by another program since you opened it. Saving now would overwrite that change.</source>
        <translation>「{0}」は開いた後に別のプログラムによってディスク上で変更されました。今保存するとその変更を上書きします。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/change_banner.py" line="68"/>
        <source>“{0}” was changed on disk by another program, and you have unsaved changes here.</source>
        <translation>「{0}」は別のプログラムによってディスク上で変更されました。こちらにも未保存の変更があります。</translation>
    </message>
</context>
<context>
    <name>ChangeSlugDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/slug_dialog.py" line="32"/>
        <source>The slug “{0}” cannot be a file name: use letters, digits, hyphens, underscores and dots only (no spaces or slashes), starting and ending with a letter or digit.</source>
        <translation>スラッグ「{0}」はファイル名に使えません。文字、数字、ハイフン、アンダースコア、ドットだけを使い（スペースやスラッシュは不可）、先頭と末尾は文字か数字にしてください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/slug_dialog.py" line="55"/>
        <source>Change Slug</source>
        <translation>スラッグの変更</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/slug_dialog.py" line="62"/>
        <source>Use “{0}”</source>
        <translation>「{0}」にする</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/slug_dialog.py" line="64"/>
        <source>The slug Kiji suggests for the post&apos;s title</source>
        <translation>記事のタイトルから Kiji が提案するスラッグ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/slug_dialog.py" line="78"/>
        <source>&amp;Slug:</source>
        <translation>スラッグ(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/slug_dialog.py" line="81"/>
        <source>File now:</source>
        <translation>現在のファイル:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/slug_dialog.py" line="86"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/slug_dialog.py" line="107"/>
        <source>A post needs a slug.</source>
        <translation>記事にはスラッグが必要です。</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <location filename="../../editor/ui/git/changes_view.py" line="69"/>
        <source>&amp;Discard Changes…</source>
        <translation>変更を破棄(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/changes_view.py" line="72"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/git/changes_view.py" line="120"/>
        <source>%n changed file(s)</source>
        <translation>
            <numerusform>変更されたファイル %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/changes_view.py" line="120"/>
        <source>No changes.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/changes_view.py" line="174"/>
        <source>A binary file (an image or similar) changed.</source>
        <translation>バイナリファイル（画像など）が変更されています。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/changes_view.py" line="187"/>
        <location filename="../../editor/ui/git/changes_view.py" line="211"/>
        <source>Discard Changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/changes_view.py" line="189"/>
        <source>Put “{0}” back as it was in the last commit? The current version goes to the trash, so you can still get it back from there.</source>
        <translation>「{0}」を最後のコミットの状態に戻しますか？ 今のファイルはゴミ箱に移すので、そこから取り戻せます。</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="18"/>
        <source>Section heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="20"/>
        <source>Bold, italic, strikethrough</source>
        <translation>太字・斜体・取り消し線</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="23"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="25"/>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="29"/>
        <source>List, numbered list, task</source>
        <translation>箇条書き・番号付きリスト・タスク</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="32"/>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="33"/>
        <source>Inline code</source>
        <translation>インラインコード</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="35"/>
        <source>Code block with highlighting</source>
        <translation>ハイライト付きコードブロック</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="39"/>
        <source>Table (Tab moves between cells)</source>
        <translation>表（Tab キーでセルを移動）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="42"/>
        <source>Footnote</source>
        <translation>脚注</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="43"/>
        <source>Horizontal rule</source>
        <translation>区切り線</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="45"/>
        <source>Line break inside a paragraph</source>
        <translation>段落の中の改行</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="46"/>
        <source>two spaces at the end of the line</source>
        <translation>行末に半角スペースを 2 つ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="55"/>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="87"/>
        <source>Link to another post</source>
        <translation>別の記事へのリンク</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="59"/>
        <source>Link inside the site</source>
        <translation>サイト内へのリンク</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="62"/>
        <source>A page&apos;s own value</source>
        <translation>ページ自身の値</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="64"/>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="95"/>
        <source>Highlighted code</source>
        <translation>ハイライト付きコード</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="68"/>
        <source>Text Liquid must not touch</source>
        <translation>Liquid に解釈させない文字列</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="72"/>
        <source>Include a snippet</source>
        <translation>部品（include）を読み込む</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="76"/>
        <source>Class on a paragraph (kramdown)</source>
        <translation>段落にクラスを付ける（kramdown）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="79"/>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="107"/>
        <source>Excerpt ends here</source>
        <translation>抜粋をここまでにする</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="91"/>
        <source>Link relative to this post</source>
        <translation>この記事からの相対リンク</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="99"/>
        <source>Figure with caption</source>
        <translation>キャプション付きの図</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="102"/>
        <source>YouTube video</source>
        <translation>YouTube 動画</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="104"/>
        <source>Shortcode with Markdown inside</source>
        <translation>中に Markdown を書けるショートコード</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="126"/>
        <source>Markdown &amp; Liquid Cheat Sheet</source>
        <translation>Markdown と Liquid の早見表</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="131"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="132"/>
        <source>Jekyll (Liquid)</source>
        <translation>Jekyll（Liquid）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/cheat_sheet.py" line="133"/>
        <source>Hugo (shortcodes)</source>
        <translation>Hugo（ショートコード）</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../../editor/ui/form/chip_editor.py" line="66"/>
        <source>Remove “{0}”</source>
        <translation>「{0}」を削除</translation>
    </message>
</context>
<context>
    <name>ChipEditor</name>
    <message>
        <location filename="../../editor/ui/form/chip_editor.py" line="161"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
</context>
<context>
    <name>CodeLanguageDialog</name>
    <message>
        <location filename="../../editor/ui/window/format_menu.py" line="169"/>
        <source>Fenced Code Block</source>
        <translation>コードブロック</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/format_menu.py" line="177"/>
        <source>No language (plain text)</source>
        <translation>言語なし（プレーンテキスト）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/format_menu.py" line="184"/>
        <source>Language for highlighting:</source>
        <translation>ハイライトする言語:</translation>
    </message>
</context>
<context>
    <name>CommitDialog</name>
    <message>
        <location filename="../../editor/ui/git/commit_dialog.py" line="55"/>
        <source>Commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/commit_dialog.py" line="57"/>
        <source>Files to commit:</source>
        <translation>コミットするファイル:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/commit_dialog.py" line="81"/>
        <source>What changed, in a few words</source>
        <translation>何を変えたか、ひとことで</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/commit_dialog.py" line="89"/>
        <source>Author: {0}</source>
        <translation>作成者: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/commit_dialog.py" line="94"/>
        <source>&amp;Commit</source>
        <translation>コミット(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/commit_dialog.py" line="103"/>
        <source>Message:</source>
        <translation>メッセージ:</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <location filename="../../editor/ui/git/conflict_marks.py" line="67"/>
        <source>Keep Mine</source>
        <translation>自分の版を残す</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/conflict_marks.py" line="68"/>
        <source>Keep your version (the one committed here)</source>
        <translation>自分の版（ここでコミットしたもの）を残します</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/conflict_marks.py" line="69"/>
        <source>Keep Theirs</source>
        <translation>相手の版を残す</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/conflict_marks.py" line="70"/>
        <source>Keep the incoming version (the one the pull brought)</source>
        <translation>取り込んだ版（プルで届いたもの）を残します</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/conflict_marks.py" line="71"/>
        <source>Keep Both</source>
        <translation>両方を残す</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/conflict_marks.py" line="72"/>
        <source>Keep your lines, then the incoming ones</source>
        <translation>自分の行、続けて取り込んだ行を残します</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/conflict_marks.py" line="73"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/conflict_marks.py" line="74"/>
        <source>Go to the next conflict</source>
        <translation>次の競合へ移動します</translation>
    </message>
</context>
<context>
    <name>ConflictMarks</name>
    <message>
        <location filename="../../editor/ui/git/conflict_marks.py" line="207"/>
        <source>This post has {0} Git conflict(s): both versions are in the text. Conflict {1} is in the front matter (“{2}” against “{3}”).</source>
        <translation>この記事には Git の競合が {0} 件あります。両方の版が本文に残っています。{1} 件目はフロントマターにあります（「{2}」と「{3}」）。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/conflict_marks.py" line="212"/>
        <source>This post has {0} Git conflict(s): both versions are in the text. Conflict {1} is at line {4} (“{2}” against “{3}”).</source>
        <translation>この記事には Git の競合が {0} 件あります。両方の版が本文に残っています。{1} 件目は {4} 行目にあります（「{2}」と「{3}」）。</translation>
    </message>
</context>
<context>
    <name>CoreMessage</name>
    <message>
        <location filename="../../editor/core/site/site_checks.py" line="65"/>
        <source>{name} is not valid YAML: {problem}. The site uses no settings from it.</source>
        <translation>{name} は正しい YAML ではありません（{problem}）。このファイルの設定は使われません。</translation>
    </message>
    <message>
        <location filename="../../editor/core/site/site_checks.py" line="79"/>
        <source>{name} cannot be read as site settings: {error}.</source>
        <translation>{name} をサイトの設定として読み込めません（{error}）。</translation>
    </message>
    <message>
        <location filename="../../editor/core/site/site_checks.py" line="101"/>
        <source>This front-matter line contains a tab; YAML allows only spaces for indentation. Replace the tab with spaces.</source>
        <translation>フロントマターのこの行にタブがあります。YAML の字下げにはスペースしか使えません。タブをスペースに置き換えてください。</translation>
    </message>
    <message>
        <location filename="../../editor/core/site/site_checks.py" line="118"/>
        <source>The front matter starts after blank lines. Jekyll reads front matter only on the very first line: it publishes these lines as text of the page and ignores the title and the other fields. Remove the blank lines above the first ---.</source>
        <translation>フロントマターが空行のあとから始まっています。Jekyll はフロントマターを 1 行目からしか読まないため、これらの行をページの本文として公開し、タイトルなどの項目を無視します。最初の --- より上の空行を削除してください。</translation>
    </message>
    <message>
        <location filename="../../editor/core/site/site_checks.py" line="135"/>
        <source>This post has no title (add a &apos;title:&apos; line).</source>
        <translation>この記事にはタイトルがありません（「title:」の行を追加してください）。</translation>
    </message>
    <message>
        <location filename="../../editor/core/site/site_checks.py" line="151"/>
        <source>This post is dated {when}, in the future: the site will not show it until then (unless built with future posts enabled).</source>
        <translation>この記事の日付は未来の {when} です。その日時まではサイトに表示されません（未来の記事を含めてビルドした場合を除く）。</translation>
    </message>
    <message>
        <location filename="../../editor/core/site/site_checks.py" line="188"/>
        <source>The slug {slug} is also used by {others}.</source>
        <translation>スラッグ {slug} は {others} でも使われています。</translation>
    </message>
    <message>
        <location filename="../../editor/core/site/site_checks.py" line="207"/>
        <source>This post would be published at {url}, like {others}: one would hide the other.</source>
        <translation>この記事は {others} と同じ {url} で公開されるため、どちらかが見えなくなります。</translation>
    </message>
    <message>
        <location filename="../../editor/core/site/site_checks.py" line="269"/>
        <source>{tag} names a post that does not exist in _posts.</source>
        <translation>{tag} が指す記事は _posts にありません。</translation>
    </message>
    <message>
        <location filename="../../editor/core/site/site_checks.py" line="279"/>
        <source>{tag} names a file that does not exist.</source>
        <translation>{tag} が指すファイルはありません。</translation>
    </message>
    <message>
        <location filename="../../editor/core/site/site_checks.py" line="290"/>
        <source>The image {target} does not exist in the site.</source>
        <translation>画像 {target} はサイト内にありません。</translation>
    </message>
    <message>
        <location filename="../../editor/core/site/site_checks.py" line="296"/>
        <source>The link target {target} does not exist in the site.</source>
        <translation>リンク先 {target} はサイト内にありません。</translation>
    </message>
    <message>
        <location filename="../../editor/core/site/site_checks.py" line="307"/>
        <source>The image {target} does not exist (looked next to the post and at the site root).</source>
        <translation>画像 {target} が見つかりません（記事と同じフォルダーとサイトのルートを探しました）。</translation>
    </message>
    <message>
        <location filename="../../editor/core/site/site_checks.py" line="312"/>
        <source>The link target {target} does not exist (looked next to the post and at the site root).</source>
        <translation>リンク先 {target} が見つかりません（記事と同じフォルダーとサイトのルートを探しました）。</translation>
    </message>
    <message>
        <location filename="../../editor/core/post/field_types.py" line="214"/>
        <source>The title is empty.</source>
        <translation>タイトルが空です。</translation>
    </message>
    <message>
        <location filename="../../editor/core/post/field_types.py" line="221"/>
        <source>The date is empty.</source>
        <translation>日付が空です。</translation>
    </message>
    <message>
        <location filename="../../editor/core/post/field_types.py" line="226"/>
        <source>“{value}” is not a date; write it like 2025-12-28 08:41:08 +0900.</source>
        <translation>「{value}」は日付ではありません。2025-12-28 08:41:08 +0900 のように書いてください。</translation>
    </message>
    <message>
        <location filename="../../editor/core/post/field_types.py" line="239"/>
        <source>This date is in the future: Jekyll will not publish the post until then.</source>
        <translation>この日付は未来です。その日時まで Jekyll はこの記事を公開しません。</translation>
    </message>
    <message>
        <location filename="../../editor/core/post/field_types.py" line="255"/>
        <source>The file name says {file_day} but the date is {day}.</source>
        <translation>ファイル名の日付は {file_day} ですが、日付の欄は {day} です。</translation>
    </message>
    <message>
        <location filename="../../editor/core/site/text_search.py" line="72"/>
        <source>Type something to search for.</source>
        <translation>検索する文字を入力してください。</translation>
    </message>
    <message>
        <location filename="../../editor/core/site/text_search.py" line="83"/>
        <source>The regular expression is not valid at character {pos}: {msg}.</source>
        <translation>正規表現の {pos} 文字目が正しくありません（{msg}）。</translation>
    </message>
    <message>
        <location filename="../../editor/core/site/text_search.py" line="91"/>
        <source>The regular expression is not valid: {msg}.</source>
        <translation>正規表現が正しくありません（{msg}）。</translation>
    </message>
    <message>
        <location filename="../../editor/core/site/text_search.py" line="120"/>
        <source>The replacement cannot be used: {error}.</source>
        <translation>この置換文字列は使えません（{error}）。</translation>
    </message>
    <message>
        <location filename="../../editor/core/post/value_limits.py" line="23"/>
        <source>The site settings repeat YAML aliases (“*name”) or nest lists so much that they would grow far beyond any real setting; Kiji uses no settings from this file. Write the values out instead of repeating the aliases.</source>
        <translation>サイトの設定ファイルは YAML のエイリアス（「*名前」）の繰り返しやリストの入れ子が多すぎて、実際の設定ではありえない大きさに膨らみます。このファイルの設定は使いません。エイリアスを繰り返さず、値をそのまま書いてください。</translation>
    </message>
    <message>
        <location filename="../../editor/core/post/value_limits.py" line="31"/>
        <source>The front matter repeats YAML aliases (“*name”) or nests lists so much that it would grow far beyond any real field; Kiji does not use its fields. Write the values out instead of repeating the aliases.</source>
        <translation>フロントマターは YAML のエイリアス（「*名前」）の繰り返しやリストの入れ子が多すぎて、実際の項目ではありえない大きさに膨らみます。このフロントマターの項目は使いません。エイリアスを繰り返さず、値をそのまま書いてください。</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../editor/ui/form/date_field.py" line="65"/>
        <source>Now</source>
        <translation>現在時刻</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/date_field.py" line="66"/>
        <source>Set to the current time on the site&apos;s clock</source>
        <translation>サイトのタイムゾーンでの現在時刻にします</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../editor/ui/dialogs/diff_view.py" line="127"/>
        <source>No differences.</source>
        <translation>違いはありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/dialogs/diff_view.py" line="129"/>
        <source>%n line(s) differ.</source>
        <translation>
            <numerusform>%n 行が異なります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentGuard</name>
    <message>
        <location filename="../../editor/ui/window/document_guard.py" line="125"/>
        <source>Reloaded {0}: it was changed on disk.</source>
        <translation>{0} はディスク上で変更されたため、再読み込みしました。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/document_guard.py" line="147"/>
        <source>{0} (deleted or moved on disk)</source>
        <translation>{0}（ディスク上で削除または移動済み）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/document_guard.py" line="159"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/document_guard.py" line="194"/>
        <source>Cannot reload</source>
        <translation>再読み込みできません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/document_guard.py" line="195"/>
        <source>{0}

Your text is still here, unsaved.</source>
        <translation>{0}

文章は未保存のままここに残っています。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/document_guard.py" line="220"/>
        <source>On disk</source>
        <translation>ディスク上</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/document_guard.py" line="221"/>
        <source>In Kiji (unsaved)</source>
        <translation>Kiji 内（未保存）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/document_guard.py" line="224"/>
        <source>Compare {0}</source>
        <translation>{0} を比較</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../editor/ui/window/export_actions.py" line="200"/>
        <source>Copied the post as {0}</source>
        <translation>記事を{0}としてコピーしました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/export_actions.py" line="207"/>
        <source>Could not export {0}.</source>
        <translation>{0} を書き出せませんでした。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/export_actions.py" line="211"/>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/export_actions.py" line="204"/>
        <source>Exported {0}</source>
        <translation>{0} を書き出しました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/export_actions.py" line="142"/>
        <source>{0} is in a folder the site&apos;s generator reads: it would build the exported file into the site (and a Liquid or template error in it can stop the build). Choose a folder outside the site, for example your Documents folder.</source>
        <translation>{0} はサイトのジェネレーターが読み込むフォルダーの中です。書き出したファイルがサイトの一部としてビルドされてしまいます（中の Liquid やテンプレートの誤りでビルドが止まることもあります）。サイトの外のフォルダー（たとえば「書類」フォルダー）を選んでください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/export_actions.py" line="181"/>
        <source>Export refused</source>
        <translation>書き出しできません</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="138"/>
        <source>Export as {0}</source>
        <translation>{0}として書き出す</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="144"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="149"/>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="194"/>
        <source>{0} files (*{1})</source>
        <translation>{0}ファイル (*{1})</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/export_dialog.py" line="181"/>
        <source>Export refused</source>
        <translation>書き出しできません</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../editor/core/export/export_api.py" line="146"/>
        <source>Could not write {0}: {1}</source>
        <translation>{0} に書き込めませんでした: {1}</translation>
    </message>
    <message>
        <location filename="../../editor/core/export/export_formats.py" line="29"/>
        <source>Images:</source>
        <translation>画像:</translation>
    </message>
    <message>
        <location filename="../../editor/core/export/export_formats.py" line="33"/>
        <source>Embed images in the file</source>
        <translation>画像をファイルに埋め込む</translation>
    </message>
    <message>
        <location filename="../../editor/core/export/export_formats.py" line="62"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../editor/core/export/export_formats.py" line="63"/>
        <source>Export as &amp;HTML…</source>
        <translation>HTMLとして書き出す(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../editor/core/export/export_formats.py" line="89"/>
        <source>Rich Text</source>
        <translation>リッチテキスト</translation>
    </message>
    <message>
        <location filename="../../editor/core/export/export_formats.py" line="90"/>
        <source>Copy as &amp;Rich Text</source>
        <translation>リッチテキストとしてコピー(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/services/pdf_export.py" line="175"/>
        <source>Could not print the post to {0}.</source>
        <translation>記事を {0} に書き出せませんでした。</translation>
    </message>
    <message>
        <location filename="../../editor/services/pdf_export.py" line="187"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../editor/services/pdf_export.py" line="188"/>
        <source>Export as &amp;PDF…</source>
        <translation>PDFとして書き出す(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../editor/services/pdf_export.py" line="193"/>
        <source>Page size:</source>
        <translation>用紙サイズ:</translation>
    </message>
    <message>
        <location filename="../../editor/services/pdf_export.py" line="200"/>
        <source>Letter</source>
        <translation>レター</translation>
    </message>
    <message>
        <location filename="../../editor/services/pdf_export.py" line="205"/>
        <source>Margins:</source>
        <translation>余白:</translation>
    </message>
    <message>
        <location filename="../../editor/services/pdf_export.py" line="210"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../editor/core/export/export_formats.py" line="36"/>
        <source>Link to the images in the site (relative paths, nothing is copied)</source>
        <translation>サイト内の画像に相対パスでリンクする（画像はコピーしません）</translation>
    </message>
    <message>
        <location filename="../../editor/core/export/export_formats.py" line="46"/>
        <source>Typeface:</source>
        <translation>書体:</translation>
    </message>
    <message>
        <location filename="../../editor/core/export/export_formats.py" line="50"/>
        <source>Gothic (sans serif)</source>
        <translation>ゴシック体</translation>
    </message>
    <message>
        <location filename="../../editor/core/export/export_formats.py" line="51"/>
        <source>Mincho (serif)</source>
        <translation>明朝体</translation>
    </message>
</context>
<context>
    <name>FieldRows</name>
    <message>
        <location filename="../../editor/ui/form/field_rows.py" line="113"/>
        <source>Remove the field “{0}”</source>
        <translation>フィールド「{0}」を削除</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/field_rows.py" line="137"/>
        <source>Generate from body</source>
        <translation>本文から生成</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/field_rows.py" line="139"/>
        <source>The first paragraph of the post, as plain text</source>
        <translation>記事の最初の段落を書式なしのテキストで入れます</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/field_rows.py" line="143"/>
        <source>Update from the text</source>
        <translation>本文から自動更新</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../editor/ui/editor/find_bar.py" line="50"/>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/find_bar.py" line="55"/>
        <source>Replace with</source>
        <translation>置換後の文字列</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/find_bar.py" line="56"/>
        <source>&amp;Match case</source>
        <translation>大文字と小文字を区別(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/find_bar.py" line="57"/>
        <source>&amp;Whole word</source>
        <translation>単語単位(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/find_bar.py" line="58"/>
        <source>Regular e&amp;xpression</source>
        <translation>正規表現(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/find_bar.py" line="64"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>前を検索 (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/find_bar.py" line="67"/>
        <source>Next match (Enter)</source>
        <translation>次を検索 (Enter)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/find_bar.py" line="68"/>
        <source>&amp;Replace</source>
        <translation>置換(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/find_bar.py" line="69"/>
        <source>Replace &amp;All</source>
        <translation>すべて置換(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/find_bar.py" line="72"/>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/find_bar.py" line="73"/>
        <source>Close find bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/editor/find_bar.py" line="275"/>
        <source>Replaced %n match(es)</source>
        <translation>
            <numerusform>%n 件置換しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/find_bar.py" line="297"/>
        <source>No matches</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/find_bar.py" line="302"/>
        <source>{0} of {1}</source>
        <translation>{0} / {1} 件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/editor/find_bar.py" line="304"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatInserts</name>
    <message>
        <location filename="../../editor/ui/window/format_menu.py" line="213"/>
        <source>&amp;Strikethrough</source>
        <translation>取り消し線(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/format_menu.py" line="221"/>
        <source>Insert &amp;Image from File…</source>
        <translation>ファイルから画像を挿入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/format_menu.py" line="226"/>
        <source>Insert &amp;Table…</source>
        <translation>表を挿入(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/format_menu.py" line="227"/>
        <source>Insert Foot&amp;note</source>
        <translation>脚注を挿入(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/format_menu.py" line="230"/>
        <source>Insert Fenced Code &amp;Block…</source>
        <translation>コードブロックを挿入(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/format_menu.py" line="237"/>
        <source>Insert &amp;Horizontal Rule</source>
        <translation>区切り線を挿入(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/format_menu.py" line="295"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/format_menu.py" line="304"/>
        <source>Insert Image from File</source>
        <translation>ファイルから画像を挿入</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/format_menu.py" line="306"/>
        <source>Images ({0})</source>
        <translation>画像 ({0})</translation>
    </message>
</context>
<context>
    <name>FrontMatterForm</name>
    <message>
        <location filename="../../editor/ui/form/field_factory.py" line="141"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/field_factory.py" line="142"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/field_factory.py" line="143"/>
        <location filename="../../editor/ui/form/field_factory.py" line="144"/>
        <source>Last modified</source>
        <translation>最終更新日</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/field_factory.py" line="145"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/field_factory.py" line="146"/>
        <source>Categories</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/field_factory.py" line="147"/>
        <source>Layout</source>
        <translation>レイアウト</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/field_factory.py" line="148"/>
        <source>Author</source>
        <translation>著者</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/field_factory.py" line="149"/>
        <source>Excerpt</source>
        <translation>抜粋</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/field_factory.py" line="150"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/field_factory.py" line="151"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/field_factory.py" line="152"/>
        <source>Reading time</source>
        <translation>読了時間</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/field_factory.py" line="153"/>
        <source>Published</source>
        <translation>公開</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/field_factory.py" line="154"/>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/field_factory.py" line="155"/>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/field_factory.py" line="156"/>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/field_factory.py" line="157"/>
        <source>Permalink</source>
        <translation>パーマリンク</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/field_factory.py" line="158"/>
        <source>Slug</source>
        <translation>スラッグ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/front_matter_form.py" line="102"/>
        <source>Front matter</source>
        <translation>フロントマター</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/front_matter_form.py" line="108"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/front_matter_form.py" line="110"/>
        <source>Show the front matter as text</source>
        <translation>フロントマターをテキストで表示</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/front_matter_form.py" line="164"/>
        <source>New field name</source>
        <translation>新しいフィールド名</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/front_matter_form.py" line="172"/>
        <source>Add field</source>
        <translation>フィールドを追加</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/front_matter_form.py" line="190"/>
        <source>Line {line}: {message} The fields are read-only until it is fixed.</source>
        <translation>{line} 行目: {message} 修正するまでフィールドは編集できません。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/front_matter_form.py" line="284"/>
        <source>Edit source</source>
        <translation>ソースの編集</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/front_matter_form.py" line="289"/>
        <source>Edit {0}</source>
        <translation>{0} の編集</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/front_matter_form.py" line="295"/>
        <source>Remove {0}</source>
        <translation>{0} の削除</translation>
    </message>
    <message>
        <location filename="../../editor/ui/form/front_matter_form.py" line="309"/>
        <source>Add {0}</source>
        <translation>{0} の追加</translation>
    </message>
</context>
<context>
    <name>FrontMatterSource</name>
    <message>
        <location filename="../../editor/ui/form/front_matter_source.py" line="110"/>
        <source>Line {line}: {message}</source>
        <translation>{line} 行目: {message}</translation>
    </message>
</context>
<context>
    <name>GitController</name>
    <message>
        <location filename="../../editor/ui/git/git_controller.py" line="59"/>
        <source>&amp;Git</source>
        <translation>Git(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_controller.py" line="62"/>
        <source>&amp;Commit…</source>
        <translation>コミット(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_controller.py" line="67"/>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_controller.py" line="73"/>
        <source>Show &amp;Changes</source>
        <translation>変更を表示(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_controller.py" line="78"/>
        <source>&amp;History of This Post…</source>
        <translation>この記事の履歴(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_controller.py" line="94"/>
        <source>Changed</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_controller.py" line="95"/>
        <source>Show only posts changed since the last commit</source>
        <translation>最後のコミットから変更された記事だけを表示</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_controller.py" line="174"/>
        <source>Branch {0}: {1} commit(s) to push, {2} to pull</source>
        <translation>ブランチ {0}: プッシュ待ち {1} 件、プル待ち {2} 件</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_controller.py" line="234"/>
        <location filename="../../editor/ui/git/git_controller.py" line="241"/>
        <location filename="../../editor/ui/git/git_controller.py" line="279"/>
        <source>Commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_controller.py" line="242"/>
        <source>Nothing to commit: every file is as in the last commit.</source>
        <translation>コミットするものはありません。どのファイルも最後のコミットのままです。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_controller.py" line="281"/>
        <source>Committed: {0}</source>
        <translation>コミットしました: {0}</translation>
    </message>
</context>
<context>
    <name>GitError</name>
    <message>
        <location filename="../../editor/core/git/git_errors.py" line="27"/>
        <source>Git is not installed (no git command was found on PATH), so the Git features are hidden. Install Git and restart Kiji to use them.</source>
        <translation>Git がインストールされていないため（PATH に git コマンドがありません）、Git の機能は表示していません。使うには Git をインストールして Kiji を再起動してください。</translation>
    </message>
    <message>
        <location filename="../../editor/core/git/git_errors.py" line="32"/>
        <source>This site folder is not a Git repository, so the Git features are hidden. Run git init in it (or clone the site) to use them.</source>
        <translation>このサイトのフォルダーは Git リポジトリではないため、Git の機能は表示していません。使うには、このフォルダーで git init を実行するか、サイトをクローンしてください。</translation>
    </message>
    <message>
        <location filename="../../editor/core/git/git_errors.py" line="37"/>
        <source>Git does not know who you are yet, so nothing was committed. Set your name and e-mail once in a terminal:

git config --global user.name &quot;Your Name&quot;
git config --global user.email you@example.com</source>
        <translation>Git にまだ名前とメールアドレスが設定されていないため、コミットしていません。ターミナルで一度だけ設定してください:

git config --global user.name &quot;Your Name&quot;
git config --global user.email you@example.com</translation>
    </message>
    <message>
        <location filename="../../editor/core/git/git_errors.py" line="43"/>
        <source>The remote repository could not be reached (offline, or its address is wrong). Your commits are safe here; try again when you are back online.</source>
        <translation>リモートリポジトリにつながりません（オフラインか、アドレスが違います）。コミットはこのパソコンに残っています。オンラインに戻ってからもう一度試してください。</translation>
    </message>
    <message>
        <location filename="../../editor/core/git/git_errors.py" line="48"/>
        <source>The remote repository refused the login. Check your SSH key or saved credentials (Kiji uses the same as git in a terminal) and try again.</source>
        <translation>リモートリポジトリにログインを拒否されました。SSH 鍵や保存済みの認証情報（Kiji はターミナルの git と同じものを使います）を確認して、もう一度試してください。</translation>
    </message>
    <message>
        <location filename="../../editor/core/git/git_errors.py" line="53"/>
        <source>The remote has commits you do not have yet, and your own commits differ from them. Nothing was changed. Pull with Merge to combine both histories, then push.</source>
        <translation>リモートに手元にないコミットがあり、手元のコミットとも食い違っています。何も変更していません。「マージ」でプルして両方の履歴をまとめてから、プッシュしてください。</translation>
    </message>
    <message>
        <location filename="../../editor/core/git/git_errors.py" line="58"/>
        <source>Some files were changed both here and on the remote, and Git could not combine them. They are opened with both versions marked (&lt;&lt;&lt;&lt;&lt;&lt;&lt; … &gt;&gt;&gt;&gt;&gt;&gt;&gt;): keep the text you want, save, and commit to finish the merge.</source>
        <translation>手元とリモートの両方で変更されたファイルがあり、Git が自動でまとめられませんでした。両方の版に印（&lt;&lt;&lt;&lt;&lt;&lt;&lt; … &gt;&gt;&gt;&gt;&gt;&gt;&gt;）を付けて開いています。残したい文章にして保存し、コミットするとマージが完了します。</translation>
    </message>
    <message>
        <location filename="../../editor/core/git/git_errors.py" line="64"/>
        <source>The pull would overwrite changes you have not committed yet, so nothing was changed. Commit (or discard) your changes first, then pull again.</source>
        <translation>プルするとまだコミットしていない変更が上書きされるため、何も変更していません。先に変更をコミット（または破棄）してから、もう一度プルしてください。</translation>
    </message>
    <message>
        <location filename="../../editor/core/git/git_errors.py" line="69"/>
        <source>This repository has no remote to sync with. Add one in a terminal with git remote add origin ADDRESS.</source>
        <translation>このリポジトリには同期するリモートがありません。ターミナルで git remote add origin アドレス を実行して追加してください。</translation>
    </message>
    <message>
        <location filename="../../editor/core/git/git_errors.py" line="74"/>
        <source>This branch does not follow a branch on the remote yet. Push it once to publish it; pulling then works.</source>
        <translation>このブランチはまだリモートのブランチと結び付いていません。一度プッシュして公開すると、プルできるようになります。</translation>
    </message>
    <message>
        <location filename="../../editor/core/git/git_errors.py" line="79"/>
        <source>There is nothing to commit: the chosen files have no changes.</source>
        <translation>コミットするものはありません。選んだファイルに変更がありません。</translation>
    </message>
    <message>
        <location filename="../../editor/core/git/git_errors.py" line="82"/>
        <source>Cancelled. Nothing was changed here.</source>
        <translation>中止しました。手元では何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../editor/core/git/git_errors.py" line="83"/>
        <source>Git could not do this:</source>
        <translation>Git がこの操作を実行できませんでした:</translation>
    </message>
</context>
<context>
    <name>GitMarker</name>
    <message>
        <location filename="../../editor/ui/git/git_text.py" line="36"/>
        <source>Modified since the last commit</source>
        <translation>最後のコミットから変更あり</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_text.py" line="37"/>
        <source>New, added to the next commit</source>
        <translation>新規（次のコミットに追加済み）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_text.py" line="38"/>
        <source>Changed, added to the next commit</source>
        <translation>変更あり（次のコミットに追加済み）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_text.py" line="39"/>
        <source>New, never committed</source>
        <translation>新規（まだコミットしていません）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_text.py" line="40"/>
        <source>Conflict: both versions marked</source>
        <translation>競合: 両方の版に印が付いています</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_text.py" line="41"/>
        <source>Deleted since the last commit</source>
        <translation>最後のコミットから削除</translation>
    </message>
</context>
<context>
    <name>GitSync</name>
    <message>
        <location filename="../../editor/ui/git/git_sync.py" line="42"/>
        <source>&amp;Pull</source>
        <translation>プル(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_sync.py" line="45"/>
        <source>P&amp;ush</source>
        <translation>プッシュ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_sync.py" line="48"/>
        <source>Cancel Sync</source>
        <translation>同期を中止</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_sync.py" line="52"/>
        <source>&amp;Abort Merge…</source>
        <translation>マージを中止(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_sync.py" line="87"/>
        <source>Give up this merge? The files go back to how they were before the pull (your commits stay; the remote&apos;s changes are not taken).</source>
        <translation>このマージを中止しますか？ ファイルはプルする前の状態に戻ります（手元のコミットは残り、リモートの変更は取り込みません）。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_sync.py" line="90"/>
        <location filename="../../editor/ui/git/git_sync.py" line="94"/>
        <source>Abort Merge</source>
        <translation>マージを中止</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_sync.py" line="90"/>
        <source>&amp;Abort Merge</source>
        <translation>マージを中止(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_sync.py" line="113"/>
        <source>Pulling…</source>
        <translation>プルしています…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_sync.py" line="125"/>
        <source>Pushing…</source>
        <translation>プッシュしています…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_sync.py" line="166"/>
        <source>Pulled: up to date with the remote.</source>
        <translation>プルしました。リモートと同じ状態です。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_sync.py" line="170"/>
        <location filename="../../editor/ui/git/git_sync.py" line="179"/>
        <source>Pull</source>
        <translation>プル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_sync.py" line="172"/>
        <source>&amp;Merge</source>
        <translation>マージ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_sync.py" line="184"/>
        <source>Pushed: the remote has your commits.</source>
        <translation>プッシュしました。リモートにコミットが届いています。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_sync.py" line="188"/>
        <source>The remote has commits you do not have yet, so nothing was pushed. Pull them first, then push again.</source>
        <translation>リモートに手元にないコミットがあるため、プッシュしていません。先にプルしてから、もう一度プッシュしてください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_sync.py" line="191"/>
        <location filename="../../editor/ui/git/git_sync.py" line="194"/>
        <source>Push</source>
        <translation>プッシュ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/git_sync.py" line="191"/>
        <source>&amp;Pull Now</source>
        <translation>今すぐプル(&amp;P)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../editor/ui/git/history_dialog.py" line="48"/>
        <source>History of {0}</source>
        <translation>{0} の履歴</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/history_dialog.py" line="54"/>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/history_dialog.py" line="54"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/history_dialog.py" line="54"/>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/history_dialog.py" line="65"/>
        <source>Compared with the Editor</source>
        <translation>エディターの内容と比較</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/history_dialog.py" line="66"/>
        <source>This Version</source>
        <translation>この版</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/history_dialog.py" line="67"/>
        <source>Reading the history…</source>
        <translation>履歴を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/history_dialog.py" line="74"/>
        <source>&amp;Restore into Editor</source>
        <translation>エディターに復元(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/history_dialog.py" line="78"/>
        <source>Puts this version&apos;s text in the editor, unsaved; Undo takes it back.</source>
        <translation>この版の文章をエディターに入れます（未保存）。元に戻すで取り消せます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/git/history_dialog.py" line="111"/>
        <source>%n commit(s)</source>
        <translation>
            <numerusform>コミット %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/history_dialog.py" line="113"/>
        <source>This post has not been committed yet.</source>
        <translation>この記事はまだコミットされていません。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/history_dialog.py" line="161"/>
        <source>Restored into the editor, unsaved. Undo takes it back.</source>
        <translation>エディターに復元しました（未保存）。元に戻すで取り消せます。</translation>
    </message>
</context>
<context>
    <name>ImageDropFilter</name>
    <message>
        <location filename="../../editor/ui/editor/image_drop.py" line="157"/>
        <source>Kiji is still reading the site&apos;s posts. Add the image again in a moment, once the posts list is complete.</source>
        <translation>サイトの記事をまだ読み込んでいます。記事の一覧がそろってから、もう一度画像を追加してください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/image_drop.py" line="165"/>
        <source>Images can be added once the post is saved inside an open site folder: Kiji needs to know where the site keeps its images.</source>
        <translation>画像を追加するには、開いているサイトフォルダーの中に記事を保存してください。Kiji はサイトの画像の保存場所を知る必要があります。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/image_drop.py" line="180"/>
        <source>The pasted image could not be read.</source>
        <translation>貼り付けた画像を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/image_drop.py" line="228"/>
        <source>Could not add the image</source>
        <translation>画像を追加できませんでした</translation>
    </message>
</context>
<context>
    <name>JapaneseMenu</name>
    <message>
        <location filename="../../editor/ui/editor/japanese_menu.py" line="105"/>
        <source>&amp;Japanese</source>
        <translation>日本語(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/japanese_menu.py" line="109"/>
        <source>To &amp;Full Width (全角)</source>
        <translation>全角に変換(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/japanese_menu.py" line="110"/>
        <source>To &amp;Half Width (半角)</source>
        <translation>半角に変換(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/japanese_menu.py" line="111"/>
        <source>Add &amp;Ruby…</source>
        <translation>ルビを追加(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/japanese_menu.py" line="112"/>
        <source>Fix Full-Width &amp;Markdown Marks</source>
        <translation>全角の Markdown 記号を直す(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/japanese_menu.py" line="119"/>
        <source>Auto-Pair &amp;Brackets 「」『』（）【】</source>
        <translation>括弧を自動で閉じる「」『』（）【】(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/japanese_menu.py" line="162"/>
        <source>Add Ruby</source>
        <translation>ルビを追加</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/japanese_menu.py" line="163"/>
        <source>Reading of “{0}”:</source>
        <translation>「{0}」の読み:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="234"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="236"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="239"/>
        <source>Open &amp;Folder…</source>
        <translation>フォルダーを開く(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="241"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="243"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="246"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="248"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="265"/>
        <source>&amp;Export</source>
        <translation>書き出し(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="361"/>
        <source>Cannot open the post</source>
        <translation>記事を開けません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="425"/>
        <source>No post of this site has the address {0}</source>
        <translation>このサイトには {0} というアドレスの記事がありません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="438"/>
        <source>Open Post</source>
        <translation>記事を開く</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="444"/>
        <source>Open Site Folder</source>
        <translation>サイトフォルダーを開く</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="577"/>
        <source>The preview could not be updated: {0}</source>
        <translation>プレビューを更新できませんでした: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="600"/>
        <source>Save Post As</source>
        <translation>名前を付けて記事を保存</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="620"/>
        <source>Could not save</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="622"/>
        <source>{problem}

Your text is still here, unsaved. Try Save As to keep it somewhere else.</source>
        <translation>{problem}

入力した文章は保存されずにそのまま残っています。「名前を付けて保存」で別の場所に保存してください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="627"/>
        <source>Saved {0}</source>
        <translation>{0} を保存しました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="733"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="672"/>
        <source>“{0}” has unsaved changes. Save them first?</source>
        <translation>「{0}」には保存していない変更があります。先に保存しますか？</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="677"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="674"/>
        <source>Save the changes to “{0}” before closing?</source>
        <translation>閉じる前に「{0}」の変更を保存しますか？</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/main_window.py" line="90"/>
        <source>Markdown ({0});;All files (*)</source>
        <translation>Markdown ({0});;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/new_post_dialog.py" line="61"/>
        <source>New Post</source>
        <translation>新規記事</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/new_post_dialog.py" line="69"/>
        <source>What is the post about?</source>
        <translation>何について書きますか？</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/new_post_dialog.py" line="73"/>
        <source>letters, digits and hyphens</source>
        <translation>英数字とハイフン</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/new_post_dialog.py" line="88"/>
        <source>Post</source>
        <translation>記事</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/new_post_dialog.py" line="90"/>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/new_post_dialog.py" line="102"/>
        <source>Time zone: {0} (UTC{1})</source>
        <translation>タイムゾーン: {0} (UTC{1})</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/new_post_dialog.py" line="127"/>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/new_post_dialog.py" line="128"/>
        <source>&amp;Slug:</source>
        <translation>スラッグ(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/new_post_dialog.py" line="137"/>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/new_post_dialog.py" line="139"/>
        <source>Save as:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/new_post_dialog.py" line="140"/>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/new_post_dialog.py" line="145"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/new_post_dialog.py" line="229"/>
        <source>A new post needs a title.</source>
        <translation>タイトルを入力してください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/new_post_dialog.py" line="231"/>
        <source>A new post needs a slug.</source>
        <translation>スラッグを入力してください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/new_post_dialog.py" line="236"/>
        <source>{0} already exists. Choose another slug or date; Kiji never overwrites a file.</source>
        <translation>{0} はすでに存在します。別のスラッグか日付を選んでください。Kiji は既存のファイルを上書きしません。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/new_post_dialog.py" line="76"/>
        <source>Part of the file name and the address. Kiji suggests one from the title; type your own, in romaji, English or Japanese.</source>
        <translation>ファイル名と URL の一部になります。Kiji がタイトルから提案しますが、ローマ字・英語・日本語で自由に入力できます。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/new_post_dialog.py" line="130"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/new_post_dialog.py" line="134"/>
        <source>S&amp;ection:</source>
        <translation>セクション(&amp;E):</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../../editor/ui/editor/outline_view.py" line="179"/>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../editor/ui/editor/outline_view.py" line="72"/>
        <source>Filter headings</source>
        <translation>見出しを絞り込む</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/outline_view.py" line="80"/>
        <source>Click to go to a heading; drag it to move its section.</source>
        <translation>クリックで見出しへ移動、ドラッグでその節ごと移動します。</translation>
    </message>
</context>
<context>
    <name>PostListModel</name>
    <message>
        <location filename="../../editor/ui/site/post_list_model.py" line="54"/>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/post_list_model.py" line="55"/>
        <source>Scheduled</source>
        <translation>予約</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/post_list_model.py" line="56"/>
        <source>Published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/post_list_model.py" line="249"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/post_list_model.py" line="250"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/post_list_model.py" line="251"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/post_list_model.py" line="252"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/post_list_model.py" line="253"/>
        <source>Min.</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/post_list_model.py" line="256"/>
        <source>Reading time in minutes</source>
        <translation>読了時間（分）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/post_list_model.py" line="351"/>
        <source>{0} min</source>
        <translation>{0} 分</translation>
    </message>
</context>
<context>
    <name>PostMenu</name>
    <message>
        <location filename="../../editor/ui/site/post_menu.py" line="34"/>
        <source>&amp;Post</source>
        <translation>記事(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/post_menu.py" line="51"/>
        <source>Open a post of the site to publish, rename or copy it</source>
        <translation>公開・名前の変更・複製をするには、サイトの記事を開いてください</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="36"/>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="41"/>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="49"/>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="42"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="43"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="57"/>
        <source>Use the system font</source>
        <translation>システムフォントを使う</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="62"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="65"/>
        <source>Window width</source>
        <translation>ウィンドウの幅</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="66"/>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="78"/>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="105"/>
        <source> characters</source>
        <translation> 文字</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="67"/>
        <source>Show line numbers</source>
        <translation>行番号を表示</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="70"/>
        <source> characters/min</source>
        <translation> 文字/分</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="73"/>
        <source> words/min</source>
        <translation> 語/分</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="87"/>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="88"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="92"/>
        <source>Folder inside the site where dropped and pasted images go, for sites whose configuration sets no kiji: image_folder; {slug} is the post&apos;s slug. Empty: assets/images/{slug} (Jekyll) or static/images/{slug} (Hugo).</source>
        <translation>ドロップや貼り付けをした画像を置く、サイト内のフォルダーです（設定ファイルに kiji: image_folder がないサイトで使います）。{slug} は記事のスラッグに置き換わります。空欄のときは assets/images/{slug}（Jekyll）または static/images/{slug}（Hugo）です。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="120"/>
        <source>Justify paragraphs in the preview</source>
        <translation>プレビューの段落を両端揃えにする</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="123"/>
        <source>Load images from the internet in the preview</source>
        <translation>プレビューでインターネット上の画像を読み込む</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="138"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="139"/>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="142"/>
        <source>Writing</source>
        <translation>執筆</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="144"/>
        <source>&amp;Font:</source>
        <translation>フォント(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="146"/>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="147"/>
        <source>Line &amp;width:</source>
        <translation>行の幅(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="152"/>
        <source>Reading time</source>
        <translation>読了時間</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="154"/>
        <source>&amp;Japanese:</source>
        <translation>日本語(&amp;J):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="155"/>
        <source>&amp;Latin text:</source>
        <translation>欧文(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="160"/>
        <source>Files and preview</source>
        <translation>ファイルとプレビュー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="162"/>
        <source>&amp;Autosave every:</source>
        <translation>自動保存の間隔(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="163"/>
        <source>&amp;Image folder:</source>
        <translation>画像フォルダー(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="126"/>
        <source>Pull by rebasing my commits onto the remote&apos;s (default: fast-forward only)</source>
        <translation>プル時に手元のコミットをリモートの上にリベースする（既定: 早送りのみ）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="170"/>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="54"/>
        <source>The window is rebuilt in the new language at once.</source>
        <translation>ウィンドウはすぐに新しい言語で作り直されます。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="77"/>
        <source>Whole paragraph</source>
        <translation>段落全体</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="81"/>
        <source>Generated excerpts end at the last sentence that fits; Latin text gets twice the room.</source>
        <translation>生成する抜粋は、この長さに収まる最後の文の終わりで区切ります。英文はこの倍の長さまで使えます。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="101"/>
        <source> words</source>
        <translation> 語</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="110"/>
        <source>at most</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="116"/>
        <source>Gothic (sans serif)</source>
        <translation>ゴシック体</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="117"/>
        <source>Mincho (serif)</source>
        <translation>明朝体</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="139"/>
        <source>Lan&amp;guage:</source>
        <translation>言語(&amp;G):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="156"/>
        <source>&amp;Excerpt length:</source>
        <translation>抜粋の長さ(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="164"/>
        <source>Suggested s&amp;lug:</source>
        <translation>スラッグの提案(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/preferences_dialog.py" line="165"/>
        <source>Preview t&amp;ypeface:</source>
        <translation>プレビューの書体(&amp;Y):</translation>
    </message>
</context>
<context>
    <name>PreviewArea</name>
    <message>
        <location filename="../../editor/ui/preview/preview_area.py" line="26"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <location filename="../../editor/ui/site/problems_view.py" line="135"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/problems_view.py" line="135"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/problems_view.py" line="135"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/problems_view.py" line="153"/>
        <source>Check Again</source>
        <translation>再チェック</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/site/problems_view.py" line="180"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n 件の問題が見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/problems_view.py" line="182"/>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>Proofreading</name>
    <message>
        <location filename="../../editor/core/proof/ja_style.py" line="44"/>
        <source>「{0}」 drops the ら of the potential form (ら抜き言葉): write 「{1}」.</source>
        <translation>「{0}」はら抜き言葉です。「{1}」と書きましょう。</translation>
    </message>
    <message>
        <location filename="../../editor/core/proof/ja_style.py" line="47"/>
        <source>「{0}」 is a double negative: saying it positively is easier to read.</source>
        <translation>「{0}」は二重否定です。肯定の形で言い切ると読みやすくなります。</translation>
    </message>
    <message>
        <location filename="../../editor/core/proof/ja_style.py" line="50"/>
        <source>The particle 「{0}」 is written twice in a row.</source>
        <translation>助詞「{0}」が続けて二度書かれています。</translation>
    </message>
    <message>
        <location filename="../../editor/core/proof/ja_style.py" line="53"/>
        <source>This sentence has {0} characters (more than {1}): consider splitting it.</source>
        <translation>この文は {0} 文字あります（{1} 文字を超えています）。文を分けることを検討してください。</translation>
    </message>
    <message>
        <location filename="../../editor/core/proof/ja_style.py" line="56"/>
        <source>This sentence has {0} 読点 (more than {1}): consider splitting it.</source>
        <translation>この文には読点が {0} 個あります（{1} 個を超えています）。文を分けることを検討してください。</translation>
    </message>
    <message>
        <location filename="../../editor/core/proof/ja_style.py" line="59"/>
        <source>This post mostly ends sentences with {0}; this one ends with {1}.</source>
        <translation>この記事はおもに{0}調で書かれていますが、この文は{1}調です。</translation>
    </message>
    <message>
        <location filename="../../editor/core/proof/ja_style.py" line="62"/>
        <source>「{0}」 is full-width, so this line will not render as Markdown: write 「{1}」.</source>
        <translation>「{0}」は全角のため、この行は Markdown として表示されません。「{1}」と書きましょう。</translation>
    </message>
    <message>
        <location filename="../../editor/core/proof/ja_style.py" line="66"/>
        <source>An invisible control character ({0}) is in the text: remove it.</source>
        <translation>目に見えない制御文字（{0}）が含まれています。削除しましょう。</translation>
    </message>
    <message>
        <location filename="../../editor/core/proof/ja_style.py" line="69"/>
        <source>「{0}」 ({1} letters) inside Japanese text looks like a stray input: remove it?</source>
        <translation>日本語の文中に「{0}」（{1} の文字）があります。誤入力ではありませんか？</translation>
    </message>
    <message>
        <location filename="../../editor/core/proof/spelling.py" line="26"/>
        <source>“{0}” is not in the dictionary.</source>
        <translation>「{0}」は辞書にありません。</translation>
    </message>
    <message>
        <location filename="../../editor/core/proof/spelling_variants.py" line="17"/>
        <source>This site usually writes 「{0}」 ({1} times in its posts), here 「{2}」: use the site&apos;s usual spelling.</source>
        <translation>このサイトではふだん「{0}」と書いています（記事中 {1} 回）が、ここでは「{2}」です。サイトの表記にそろえましょう。</translation>
    </message>
</context>
<context>
    <name>ProofreadingUI</name>
    <message>
        <location filename="../../editor/ui/proof/proofreading_ui.py" line="85"/>
        <source>Check &amp;Spelling</source>
        <translation>スペルチェック(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proof/proofreading_ui.py" line="89"/>
        <source>Check &amp;Japanese Style</source>
        <translation>日本語の文体チェック(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proof/proofreading_ui.py" line="138"/>
        <source>The site&apos;s .kiji/proofreading.toml cannot be read ({0}); using the defaults.</source>
        <translation>サイトの .kiji/proofreading.toml を読み込めません（{0}）。既定の設定を使います。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proof/proofreading_ui.py" line="191"/>
        <source>This site has a textlint configuration but no node_modules/.bin/textlint: run npm install in the site folder to see textlint&apos;s messages in Kiji.</source>
        <translation>このサイトには textlint の設定がありますが、node_modules/.bin/textlint がありません。サイトのフォルダーで npm install を実行すると、textlint の指摘を Kiji で表示できます。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proof/proofreading_ui.py" line="195"/>
        <source>textlint: this site has no .textlintrc, so only Kiji&apos;s own checks run.</source>
        <translation>textlint: このサイトには .textlintrc がないため、Kiji の校正だけが動きます。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proof/proofreading_ui.py" line="216"/>
        <source>The post changed while textlint worked; try again.</source>
        <translation>textlint の実行中に記事が変更されました。もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proof/proofreading_ui.py" line="222"/>
        <source>textlint did not run: {0}</source>
        <translation>textlint を実行できませんでした: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proof/proofreading_ui.py" line="314"/>
        <source>Add “{0}” to Site Dictionary</source>
        <translation>「{0}」をサイトの辞書に追加</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proof/proofreading_ui.py" line="317"/>
        <source>Ignore “{0}”</source>
        <translation>「{0}」を無視</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proof/proofreading_ui.py" line="325"/>
        <source>Replace with 「{0}」</source>
        <translation>「{0}」に置き換え</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proof/proofreading_ui.py" line="327"/>
        <source>Remove 「{0}」</source>
        <translation>「{0}」を削除</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proof/proofreading_ui.py" line="334"/>
        <source>Apply All textlint Fixes</source>
        <translation>textlint の修正をすべて適用</translation>
    </message>
</context>
<context>
    <name>ReadOnlyField</name>
    <message>
        <location filename="../../editor/ui/form/text_fields.py" line="281"/>
        <source>Edit in source</source>
        <translation>ソースで編集</translation>
    </message>
</context>
<context>
    <name>RecentSites</name>
    <message>
        <location filename="../../editor/ui/site/recent_sites_menu.py" line="26"/>
        <source>No recent folders</source>
        <translation>最近使ったフォルダーはありません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/recent_sites_menu.py" line="29"/>
        <source>Clear Recent Folders</source>
        <translation>最近使ったフォルダーの履歴を消去</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="37"/>
        <source>Recover Unsaved Text</source>
        <translation>未保存の文章を復元</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="41"/>
        <source>Kiji did not close normally last time. The text below was not saved; choose what to do with each document. Nothing is written into your site until you save.</source>
        <translation>前回 Kiji は正常に終了しませんでした。以下の文章は保存されていません。文書ごとに扱いを選んでください。保存するまでサイトには何も書き込まれません。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="68"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="71"/>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="73"/>
        <source>Decide Later</source>
        <translation>後で決める</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="93"/>
        <source>Untitled post</source>
        <translation>無題の記事</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="112"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="124"/>
        <source>An untitled post, never saved.</source>
        <translation>一度も保存されていない無題の記事です。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="131"/>
        <source>The file cannot be read now: {0}</source>
        <translation>現在このファイルを読み込めません: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="133"/>
        <source>The file is no longer on disk; restoring keeps the text.</source>
        <translation>このファイルはもうディスク上にありません。復元すると文章は残ります。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="140"/>
        <source>The file was also changed on disk after this text was kept; compare carefully before saving.</source>
        <translation>この文章が記録された後、ファイルはディスク上でも変更されています。保存する前によく比較してください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="146"/>
        <source>On disk</source>
        <translation>ディスク上</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/recovery_dialog.py" line="146"/>
        <source>Recovered (not saved)</source>
        <translation>復元した文章（未保存）</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <location filename="../../editor/ui/dialogs/shortcuts_window.py" line="74"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/shortcuts_window.py" line="79"/>
        <source>Search commands and keys</source>
        <translation>コマンドやキーを検索</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/shortcuts_window.py" line="84"/>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/shortcuts_window.py" line="84"/>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/shortcuts_window.py" line="84"/>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/dialogs/shortcuts_window.py" line="94"/>
        <source>In a table, Tab and Shift+Tab move between cells and Enter adds a row.</source>
        <translation>表の中では Tab / Shift+Tab でセルを移動し、Enter で行を追加します。</translation>
    </message>
</context>
<context>
    <name>SiteActions</name>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="123"/>
        <location filename="../../editor/ui/site/site_actions.py" line="134"/>
        <location filename="../../editor/ui/site/site_actions.py" line="142"/>
        <source>Could not publish</source>
        <translation>公開できませんでした</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="98"/>
        <location filename="../../editor/ui/site/site_actions.py" line="180"/>
        <source>Unpublish</source>
        <translation>下書きに戻す</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="181"/>
        <source>Turn “{0}” back into a draft? It will leave the published site.</source>
        <translation>「{0}」を下書きに戻しますか？公開中のサイトには表示されなくなります。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="190"/>
        <source>Could not unpublish</source>
        <translation>下書きに戻せませんでした</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="208"/>
        <location filename="../../editor/ui/site/site_actions.py" line="222"/>
        <source>Cannot rename</source>
        <translation>名前を変更できません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="226"/>
        <source>Rename the file?</source>
        <translation>ファイル名を変更しますか？</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="228"/>
        <source>The post&apos;s slug or date no longer matches its file name.

Rename
{0}
to
{1}?</source>
        <translation>記事のスラッグまたは日付がファイル名と一致しなくなりました。

{0}
を
{1}
に変更しますか？</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="236"/>
        <source>Could not rename</source>
        <translation>名前を変更できませんでした</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="279"/>
        <source>Could not duplicate</source>
        <translation>複製できませんでした</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="290"/>
        <source>Move to Trash</source>
        <translation>ゴミ箱に移動</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="292"/>
        <source>Move “{0}” to the trash?

You can restore it from the system trash; unsaved changes to it are lost.</source>
        <translation>「{0}」をゴミ箱に移動しますか？

システムのゴミ箱から元に戻せますが、保存していない変更は失われます。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="303"/>
        <source>Could not move to the trash</source>
        <translation>ゴミ箱に移動できませんでした</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="321"/>
        <source>{0}

Kiji never overwrites a file. Rename or move the other file first, or pick another slug or date.</source>
        <translation>{0}

Kiji は既存のファイルを上書きしません。先にもう一方のファイルの名前を変更するか移動してください。または、別のスラッグか日付を選んでください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="97"/>
        <location filename="../../editor/ui/site/site_actions.py" line="147"/>
        <source>Publish</source>
        <translation>公開</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="99"/>
        <source>Change Slug…</source>
        <translation>スラッグを変更…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="102"/>
        <source>Rename to Match Slug and Date…</source>
        <translation>スラッグと日付に合わせて名前を変更…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="105"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="106"/>
        <source>Move to Trash…</source>
        <translation>ゴミ箱に移動…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="248"/>
        <source>Cannot change the slug</source>
        <translation>スラッグを変更できません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="268"/>
        <source>Could not change the slug</source>
        <translation>スラッグを変更できませんでした</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="150"/>
        <source>“{0}” is dated {1}. Publish it with that date, or with the date and time now?</source>
        <translation>「{0}」には日付 {1} が設定されています。この日付のまま公開しますか？それとも現在の日時で公開しますか？</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="154"/>
        <source>With its date it is saved as {0}.
With now: {1}.</source>
        <translation>設定した日付では {0} として保存されます。
現在の日時では {1} になります。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="158"/>
        <source>Keep Its Date</source>
        <translation>設定した日付で公開</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="160"/>
        <source>Use Now</source>
        <translation>現在の日時で公開</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="214"/>
        <source>Nothing to rename</source>
        <translation>名前を変更する必要はありません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_actions.py" line="216"/>
        <source>“{0}” already matches the post&apos;s slug and date, so its file name stays as it is.</source>
        <translation>「{0}」は記事のスラッグと日付にすでに合っているため、ファイル名はそのままです。</translation>
    </message>
</context>
<context>
    <name>SiteController</name>
    <message>
        <location filename="../../editor/ui/site/site_controller.py" line="81"/>
        <source>Posts</source>
        <translation>記事</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_controller.py" line="90"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_controller.py" line="102"/>
        <source>&amp;New Post…</source>
        <translation>新規記事(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_controller.py" line="106"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったフォルダーを開く(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_controller.py" line="247"/>
        <source>Cannot open the site</source>
        <translation>サイトを開けません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_controller.py" line="294"/>
        <source>New Post</source>
        <translation>新規記事</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_controller.py" line="295"/>
        <source>Open a site folder first (File ▸ Open Folder…): new posts go into it.</source>
        <translation>先にサイトフォルダーを開いてください（ファイル ▸ フォルダーを開く…）。新しい記事はそのフォルダーに作成されます。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_controller.py" line="387"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_controller.py" line="388"/>
        <source>{0}, line {1}: open this file in another editor to fix it.</source>
        <translation>{0} の {1} 行目: このファイルは別のエディターで開いて修正してください。</translation>
    </message>
</context>
<context>
    <name>SiteError</name>
    <message>
        <location filename="../../editor/core/site/site_errors.py" line="99"/>
        <source>The setting {setting} ({value}) points outside the site folder, so Kiji does not use it and writes nothing there. Change it to a folder inside the site.</source>
        <translation>設定 {setting}（{value}）はサイトのフォルダーの外を指しているため、Kiji はこの設定を使わず、そこには何も書き込みません。サイト内のフォルダーに変更してください。</translation>
    </message>
    <message>
        <location filename="../../editor/core/site/site_errors.py" line="55"/>
        <source>A file named {name} already exists in {folder}. Choose another slug or date; the existing file was left untouched.</source>
        <translation>{folder} には {name} という名前のファイルがすでにあります。別のスラッグか日付を選んでください。既存のファイルには手を加えていません。</translation>
    </message>
    <message>
        <location filename="../../editor/core/site/site_errors.py" line="72"/>
        <source>The slug {slug} cannot be used as a file name: use only letters, digits, hyphens, underscores and dots, starting and ending with a letter or digit.</source>
        <translation>スラッグ {slug} はファイル名に使えません。文字、数字、ハイフン、アンダースコア、ドットだけを使い、先頭と末尾は文字か数字にしてください。</translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <location filename="../../editor/ui/site/site_panel.py" line="81"/>
        <source>Search titles and text</source>
        <translation>タイトルと本文を検索</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_panel.py" line="86"/>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_panel.py" line="225"/>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_panel.py" line="226"/>
        <source>All categories</source>
        <translation>すべてのカテゴリー</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/site/site_panel.py" line="340"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n 件の記事</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_panel.py" line="342"/>
        <source>{0} of {1} posts</source>
        <translation>{1} 件中 {0} 件の記事</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_panel.py" line="344"/>
        <source>{0} · searching the posts’ text…</source>
        <translation>{0} · 本文を検索中…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_panel.py" line="351"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_panel.py" line="356"/>
        <location filename="../../editor/ui/site/site_panel.py" line="363"/>
        <source>New Post…</source>
        <translation>新規記事…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_panel.py" line="335"/>
        <source>Reading posts… {0} / {1}</source>
        <translation>記事を読み込み中… {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_panel.py" line="337"/>
        <source>Reading posts…</source>
        <translation>記事を読み込み中…</translation>
    </message>
</context>
<context>
    <name>SiteSearchPanel</name>
    <message>
        <location filename="../../editor/ui/site/site_search_panel.py" line="52"/>
        <source>Find in Site</source>
        <translation>サイト内を検索</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_search_panel.py" line="68"/>
        <source>Search all posts</source>
        <translation>すべての記事を検索</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_search_panel.py" line="71"/>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_search_panel.py" line="72"/>
        <source>Whole word</source>
        <translation>単語単位</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_search_panel.py" line="73"/>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_search_panel.py" line="130"/>
        <source>Open a site folder first.</source>
        <translation>先にサイトフォルダーを開いてください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_search_panel.py" line="189"/>
        <source>No matches</source>
        <translation>見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_search_panel.py" line="191"/>
        <source> (stopped at {0})</source>
        <translation>（{0} 件で検索を打ち切りました）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_search_panel.py" line="193"/>
        <source>{0} matches in {1} posts</source>
        <translation>{1} 件の記事で {0} 件見つかりました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_search_panel.py" line="139"/>
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_search_panel.py" line="184"/>
        <source>{0} matches in {1} posts so far…</source>
        <translation>{1} 件の記事で {0} 件見つかりました（検索中）…</translation>
    </message>
</context>
<context>
    <name>SiteServer</name>
    <message>
        <location filename="../../editor/core/site/site_server.py" line="26"/>
        <source>This site has no server of its own (it is neither Jekyll nor Hugo).</source>
        <translation>このサイトには専用のサーバーがありません（Jekyll でも Hugo でもありません）。</translation>
    </message>
    <message>
        <location filename="../../editor/core/site/site_server.py" line="29"/>
        <source>{0} is not installed (it is not on PATH), so the site cannot be run. Install it, or set the command in .kiji/site.toml under [server].</source>
        <translation>{0} がインストールされていない（PATH にない）ため、サイトを実行できません。インストールするか、.kiji/site.toml の [server] にコマンドを設定してください。</translation>
    </message>
    <message>
        <location filename="../../editor/core/site/site_server.py" line="34"/>
        <source>The server command in .kiji/site.toml cannot be read: {0}</source>
        <translation>.kiji/site.toml のサーバーコマンドを読み取れません: {0}</translation>
    </message>
</context>
<context>
    <name>SiteServerUI</name>
    <message>
        <location filename="../../editor/ui/site/site_server_ui.py" line="115"/>
        <source>&amp;Run Site</source>
        <translation>サイトを実行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_server_ui.py" line="119"/>
        <source>&amp;Stop Site</source>
        <translation>サイトを停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_server_ui.py" line="123"/>
        <source>Open in &amp;Browser</source>
        <translation>ブラウザーで開く(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_server_ui.py" line="127"/>
        <source>S&amp;ite</source>
        <translation>サイト(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_server_ui.py" line="141"/>
        <source>Double-click an error that names a file to open it there.</source>
        <translation>ファイル名の出ているエラーをダブルクリックすると、その場所を開きます。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_server_ui.py" line="245"/>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_server_ui.py" line="178"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_server_ui.py" line="156"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_server_ui.py" line="157"/>
        <source>Load the page again from the site&apos;s server</source>
        <translation>サイトのサーバーからページを読み込み直します</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_server_ui.py" line="190"/>
        <source>Site Server</source>
        <translation>サイトサーバー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_server_ui.py" line="222"/>
        <source>Run Site</source>
        <translation>サイトを実行</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_server_ui.py" line="227"/>
        <source>Starting the site&apos;s server…</source>
        <translation>サイトのサーバーを起動しています…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_server_ui.py" line="243"/>
        <source>Serving at {0}</source>
        <translation>{0} で公開中</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site/site_server_ui.py" line="256"/>
        <source>The server stopped (exit code {0}).</source>
        <translation>サーバーが停止しました（終了コード {0}）。</translation>
    </message>
</context>
<context>
    <name>StatsLabel</name>
    <message>
        <location filename="../../editor/ui/window/stats_label.py" line="80"/>
        <source>Counting…</source>
        <translation>数えています…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/stats_label.py" line="163"/>
        <source>Selection: {0}</source>
        <translation>選択範囲: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/stats_label.py" line="168"/>
        <source>Characters without spaces, Latin words, Japanese characters and reading time at {0:g} Japanese characters and {1:g} words per minute. Front matter, code and URLs are not counted.</source>
        <translation>空白を除いた文字数、欧文の単語数、日本語の文字数、読了時間です（読了時間は日本語を毎分 {0:g} 文字、欧文を毎分 {1:g} 語として計算）。フロントマター、コード、URL は数えません。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/stats_label.py" line="192"/>
        <source>under 1 min</source>
        <translation>読了 1 分未満</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/stats_label.py" line="194"/>
        <source>%n min read</source>
        <translation>
            <numerusform>読了 %n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/window/stats_label.py" line="197"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n 語</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/stats_label.py" line="200"/>
        <source>{chars} chars · {words} · {cjk} Japanese · {time}</source>
        <translation>{chars} 文字 · {words} · 日本語 {cjk} 文字 · {time}</translation>
    </message>
</context>
<context>
    <name>TableSizeDialog</name>
    <message>
        <location filename="../../editor/ui/window/format_menu.py" line="137"/>
        <source>Insert Table</source>
        <translation>表を挿入</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/format_menu.py" line="156"/>
        <source>{0} columns × {1} rows, plus the header</source>
        <translation>{0} 列 × {1} 行（見出し行は別）</translation>
    </message>
</context>
<context>
    <name>TextMenu</name>
    <message>
        <location filename="../../editor/ui/editor/text_menu.py" line="30"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/text_menu.py" line="37"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/text_menu.py" line="45"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/text_menu.py" line="52"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/text_menu.py" line="59"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/text_menu.py" line="67"/>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/editor/text_menu.py" line="85"/>
        <source>F&amp;ormat</source>
        <translation>書式(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ViewController</name>
    <message>
        <location filename="../../editor/ui/window/view_controller.py" line="177"/>
        <source>Ln {0}, Col {1}</source>
        <translation>{0} 行、{1} 列</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/view_controller.py" line="220"/>
        <source>About Kiji</source>
        <translation>Kiji について</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/view_controller.py" line="222"/>
        <source>&lt;h3&gt;Kiji {0}&lt;/h3&gt;&lt;p&gt;A Markdown editor for blog posts kept in Jekyll and Hugo sites, made with Japanese writers in mind.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kiji {0}&lt;/h3&gt;&lt;p&gt;Jekyll や Hugo のサイトで管理するブログ記事のための Markdown エディターです。日本語で書く人のことを考えて作られています。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../editor/ui/window/welcome_view.py" line="47"/>
        <source>Write the posts of your Jekyll or Hugo site, with a live preview.</source>
        <translation>Jekyll や Hugo のサイトの記事を、プレビューを見ながら書けます。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/welcome_view.py" line="52"/>
        <source>Open Site Folder…</source>
        <translation>サイトのフォルダを開く…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/welcome_view.py" line="56"/>
        <source>Open Sample Site</source>
        <translation>サンプルサイトを開く</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/welcome_view.py" line="63"/>
        <source>Recent sites</source>
        <translation>最近使ったサイト</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/welcome_view.py" line="72"/>
        <source>Tip: drop a site folder on this window to open it, or run kiji PATH from a terminal.</source>
        <translation>ヒント: サイトのフォルダをこのウインドウにドロップしても開けます。ターミナルからは kiji フォルダのパス で開けます。</translation>
    </message>
</context>
<context>
    <name>WordDiffView</name>
    <message>
        <location filename="../../editor/ui/git/word_diff_view.py" line="57"/>
        <source>No differences.</source>
        <translation>違いはありません。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/git/word_diff_view.py" line="65"/>
        <source>Line {0}</source>
        <translation>{0} 行目</translation>
    </message>
</context>
<context>
    <name>WritingGoals</name>
    <message>
        <location filename="../../editor/ui/proof/writing_goal.py" line="51"/>
        <source>Set Writing &amp;Goal…</source>
        <translation>執筆目標を設定(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proof/writing_goal.py" line="97"/>
        <source>Writing goals are kept in a site: open its folder.</source>
        <translation>執筆目標はサイトに保存されます。サイトのフォルダーを開いてください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proof/writing_goal.py" line="103"/>
        <source>Writing Goal</source>
        <translation>執筆目標</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proof/writing_goal.py" line="104"/>
        <source>Characters (Japanese) or words (English) this post should have (0: none):</source>
        <translation>この記事の目標の文字数（日本語）または語数（英語）（0: なし）:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proof/writing_goal.py" line="123"/>
        <source>Goal {0:,} / {1:,} words ({2}%)</source>
        <translation>目標 {0:,} / {1:,} 語（{2}%）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proof/writing_goal.py" line="125"/>
        <source>Goal {0:,} / {1:,} characters ({2}%)</source>
        <translation>目標 {0:,} / {1:,} 字（{2}%）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proof/writing_goal.py" line="131"/>
        <source>Today {0:,} characters, {1} min</source>
        <translation>今日 {0:,} 字・{1} 分</translation>
    </message>
</context>
<context>
    <name>WritingMenus</name>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="143"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="146"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="147"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="149"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="150"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="151"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="152"/>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="165"/>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="172"/>
        <source>&amp;Replace…</source>
        <translation>置換(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="179"/>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="186"/>
        <source>Find Pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="193"/>
        <source>Find in &amp;Site…</source>
        <translation>サイト内を検索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="201"/>
        <source>Pre&amp;ferences…</source>
        <translation>環境設定(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="211"/>
        <source>F&amp;ormat</source>
        <translation>書式(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="214"/>
        <source>&amp;Bold</source>
        <translation>太字(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="215"/>
        <source>&amp;Italic</source>
        <translation>斜体(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="216"/>
        <source>&amp;Link</source>
        <translation>リンク(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="217"/>
        <source>&amp;Code</source>
        <translation>コード(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="219"/>
        <source>Heading Level &amp;Up</source>
        <translation>見出しを大きく(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="220"/>
        <source>Heading Level &amp;Down</source>
        <translation>見出しを小さく(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="222"/>
        <source>Toggle &amp;List</source>
        <translation>リストの切り替え(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="223"/>
        <source>Toggle &amp;Quote</source>
        <translation>引用の切り替え(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="224"/>
        <source>&amp;Indent List Item</source>
        <translation>リスト項目のインデントを増やす(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="225"/>
        <source>&amp;Outdent List Item</source>
        <translation>リスト項目のインデントを減らす(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="243"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="246"/>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="247"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="248"/>
        <source>&amp;Actual Size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="252"/>
        <source>Line &amp;Numbers</source>
        <translation>行番号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="260"/>
        <source>&amp;Readable Line Width</source>
        <translation>読みやすい行幅(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="266"/>
        <source>&amp;Focus Mode</source>
        <translation>フォーカスモード(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="270"/>
        <source>O&amp;ff</source>
        <translation>オフ(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="271"/>
        <source>&amp;Paragraph</source>
        <translation>段落(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="272"/>
        <source>&amp;Sentence</source>
        <translation>文(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="286"/>
        <source>&amp;Typewriter Scrolling</source>
        <translation>タイプライタースクロール(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="299"/>
        <source>&amp;Distraction-Free Writing</source>
        <translation>集中モード(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="307"/>
        <source>T&amp;heme</source>
        <translation>テーマ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="311"/>
        <source>Follow the &amp;System</source>
        <translation>システムに合わせる(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="312"/>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="313"/>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="328"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="346"/>
        <source>&amp;About Kiji</source>
        <translation>Kiji について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="350"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="332"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window/writing_menus.py" line="339"/>
        <source>Markdown &amp;&amp; Liquid &amp;Cheat Sheet</source>
        <translation>Markdown と Liquid の早見表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>YamlMessage</name>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="33"/>
        <source>The front matter is not valid YAML: {problem}.</source>
        <translation>フロントマターが正しい YAML ではありません（{problem}）。</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="40"/>
        <source>The front matter is not valid TOML: {problem} (at line {line}, column {column}).</source>
        <translation>フロントマターが正しい TOML ではありません（{problem}。フロントマターの {line} 行目、{column} 文字目）。</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="47"/>
        <source>The front matter is not valid TOML: {problem}.</source>
        <translation>フロントマターが正しい TOML ではありません（{problem}）。</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="51"/>
        <source>The front matter is not valid JSON: {problem}.</source>
        <translation>フロントマターが正しい JSON ではありません（{problem}）。</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="55"/>
        <source>The front matter opened by “{fence}” on line 1 is never closed.</source>
        <translation>1 行目の「{fence}」で始まるフロントマターが閉じられていません。</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="61"/>
        <source>The file starts with “{{”, so Hugo reads it as JSON front matter, and it is not JSON: the site will not build. Put the front matter first (between +++ lines), or begin the file with another character.</source>
        <translation>ファイルが「{{」で始まるため、Hugo はこれを JSON のフロントマターとして読みますが、JSON ではありません。このままではサイトをビルドできません。フロントマターを先頭に置くか（+++ の行で囲みます）、ファイルを別の文字で始めてください。</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="70"/>
        <source>The front matter is nested too deeply to read.</source>
        <translation>フロントマターの入れ子が深すぎて読み込めません。</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="74"/>
        <source>The front matter should be lines of “key: value”, but it is not.</source>
        <translation>フロントマターは「キー: 値」の行で書く必要がありますが、そうなっていません。</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="82"/>
        <source>The key “{key}” appears more than once; each key may appear only once.</source>
        <translation>キー「{key}」が複数回出てきます。同じキーは一度しか使えません。</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="88"/>
        <source>The value of “{key}” cannot be read: {problem}.</source>
        <translation>「{key}」の値を読み込めません（{problem}）。</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="92"/>
        <source>Keys must be plain text, not lists or mappings.</source>
        <translation>キーにはリストやマッピングではなく、ただの文字列を使ってください。</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="97"/>
        <location filename="../../editor/services/yaml_messages.py" line="162"/>
        <source>a “:” is missing after a key</source>
        <translation>キーの後ろの「:」がありません</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="98"/>
        <source>a “:” is where no value can start (put the value in quotes, or add a space after “:”)</source>
        <translation>値を始められない位置に「:」があります（値を引用符で囲むか、「:」の後ろにスペースを入れてください）</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="102"/>
        <source>a line is indented differently from the keys around it</source>
        <translation>前後のキーと字下げがそろっていない行があります</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="105"/>
        <location filename="../../editor/services/yaml_messages.py" line="108"/>
        <source>a tab is used for indentation (YAML allows only spaces)</source>
        <translation>字下げにタブが使われています（YAML ではスペースしか使えません）</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="111"/>
        <source>a line starts with a character no value can start with (a tab, “@” or “`”)</source>
        <translation>値の始めに使えない文字（タブ、「@」「`」）で始まる行があります</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="115"/>
        <source>the first line is indented, or a line is indented more than the first</source>
        <translation>最初の行が字下げされているか、最初の行より深く字下げされた行があります</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="118"/>
        <location filename="../../editor/services/yaml_messages.py" line="136"/>
        <source>a quote or bracket is never closed</source>
        <translation>閉じられていない引用符か括弧があります</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="121"/>
        <location filename="../../editor/services/yaml_messages.py" line="124"/>
        <location filename="../../editor/services/yaml_messages.py" line="132"/>
        <source>a “[” list is never closed with “]”</source>
        <translation>「[」で始まるリストが「]」で閉じられていません</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="127"/>
        <source>a “*” refers to an anchor that does not exist</source>
        <translation>「*」が存在しないアンカーを参照しています</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="130"/>
        <location filename="../../editor/services/yaml_messages.py" line="154"/>
        <source>it could not be read</source>
        <translation>読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="133"/>
        <source>a “{” table is never closed with “}”</source>
        <translation>「{」で始めた表が「}」で閉じられていません</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="137"/>
        <source>a quote is never closed on its line</source>
        <translation>引用符がその行のうちに閉じられていません</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="140"/>
        <source>an “=” is missing after a key</source>
        <translation>キーの後ろの「=」がありません</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="141"/>
        <source>a line goes on after its value (one “key = value” per line)</source>
        <translation>値の後ろに余分な文字があります（一行に一つの「キー = 値」）</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="144"/>
        <source>a value cannot be read (text goes in quotes: &quot;…&quot;)</source>
        <translation>値として読めません（文字列は &quot;…&quot; で囲みます）</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="147"/>
        <source>a date or time cannot be read</source>
        <translation>日付・時刻として読めません</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="148"/>
        <location filename="../../editor/services/yaml_messages.py" line="149"/>
        <source>a line is not “key = value”</source>
        <translation>「キー = 値」の形になっていない行があります</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="152"/>
        <location filename="../../editor/services/yaml_messages.py" line="153"/>
        <source>a key is given more than once</source>
        <translation>同じキーが二度以上あります</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="156"/>
        <source>a key is not in double quotes, or a “,” is left before “}”</source>
        <translation>キーが二重引用符で囲まれていないか、「}」の前に「,」が残っています</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="159"/>
        <source>a “,” is missing between two entries</source>
        <translation>項目と項目の間の「,」がありません</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="163"/>
        <source>a value cannot be read (text goes in double quotes: &quot;…&quot;)</source>
        <translation>値が読めません（文字列は二重引用符で囲みます: &quot;…&quot;）</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="166"/>
        <source>a quoted text holds a line break or a tab (write \n or \t)</source>
        <translation>引用符の中に改行かタブがあります（\n や \t と書きます）</translation>
    </message>
    <message>
        <location filename="../../editor/services/yaml_messages.py" line="169"/>
        <source>a “\” in a quoted text starts no escape (write “\\”)</source>
        <translation>引用符の中の「\」がエスケープになっていません（「\\」と書きます）</translation>
    </message>
</context>
</TS>
