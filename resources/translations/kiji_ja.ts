<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ChangeBanner</name>
    <message>
        <location filename="../../editor/ui/change_banner.py" line="49"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../editor/ui/change_banner.py" line="50"/>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/change_banner.py" line="52"/>
        <source>Reload (Discard Mine)</source>
        <translation>再読み込み（こちらの変更を破棄）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/change_banner.py" line="53"/>
        <source>Keep Mine and Save</source>
        <translation>こちらを残して保存</translation>
    </message>
    <message>
        <location filename="../../editor/ui/change_banner.py" line="54"/>
        <source>Keep Mine</source>
        <translation>こちらを残す</translation>
    </message>
    <message>
        <location filename="../../editor/ui/change_banner.py" line="55"/>
        <source>Compare…</source>
        <translation>比較…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/change_banner.py" line="60"/>
        <source>“{0}” was deleted or moved on disk. Your text is still here; save it to keep it.</source>
        <translation>「{0}」はディスク上で削除または移動されました。文章はここに残っています。残すには保存してください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/change_banner.py" line="64"/>
        <source>“{0}” was changed on disk by another program since you opened it. Saving now would overwrite that change.</source>
        <translation>「{0}」は開いた後に別のプログラムによってディスク上で変更されました。今保存するとその変更を上書きします。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/change_banner.py" line="68"/>
        <source>“{0}” was changed on disk by another program, and you have unsaved changes here.</source>
        <translation>「{0}」は別のプログラムによってディスク上で変更されました。こちらにも未保存の変更があります。</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <location filename="../../editor/ui/fields/chip_editor.py" line="64"/>
        <source>Remove “{0}”</source>
        <translation>「{0}」を削除</translation>
    </message>
</context>
<context>
    <name>ChipEditor</name>
    <message>
        <location filename="../../editor/ui/fields/chip_editor.py" line="151"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../editor/ui/fields/date_field.py" line="65"/>
        <source>Now</source>
        <translation>現在時刻</translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/date_field.py" line="66"/>
        <source>Set to the current time on the site&apos;s clock</source>
        <translation>サイトのタイムゾーンでの現在時刻にします</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../editor/ui/diff_view.py" line="95"/>
        <source>No differences.</source>
        <translation>違いはありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/diff_view.py" line="97"/>
        <source>%n line(s) differ.</source>
        <translation>
            <numerusform>%n 行が異なります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentGuard</name>
    <message>
        <location filename="../../editor/ui/document_guard.py" line="124"/>
        <source>Reloaded {0}: it was changed on disk.</source>
        <translation>{0} はディスク上で変更されたため、再読み込みしました。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document_guard.py" line="146"/>
        <source>{0} (deleted or moved on disk)</source>
        <translation>{0}（ディスク上で削除または移動済み）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document_guard.py" line="158"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document_guard.py" line="193"/>
        <source>Cannot reload</source>
        <translation>再読み込みできません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document_guard.py" line="194"/>
        <source>{0}

Your text is still here, unsaved.</source>
        <translation>{0}

文章は未保存のままここに残っています。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document_guard.py" line="219"/>
        <source>On disk</source>
        <translation>ディスク上</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document_guard.py" line="220"/>
        <source>In Kiji (unsaved)</source>
        <translation>Kiji 内（未保存）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/document_guard.py" line="223"/>
        <source>Compare {0}</source>
        <translation>{0} を比較</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../editor/ui/export_actions.py" line="164"/>
        <source>Copied the post as {0}</source>
        <translation>記事を{0}としてコピーしました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_actions.py" line="171"/>
        <source>Could not export {0}.</source>
        <translation>{0} を書き出せませんでした。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_actions.py" line="175"/>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_actions.py" line="168"/>
        <source>Exported {0}</source>
        <translation>{0} を書き出しました</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="129"/>
        <source>Export as {0}</source>
        <translation>{0}として書き出す</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="135"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="140"/>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="176"/>
        <source>{0} files (*{1})</source>
        <translation>{0}ファイル (*{1})</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../editor/core/export_api.py" line="146"/>
        <source>Could not write {0}: {1}</source>
        <translation>{0} に書き込めませんでした: {1}</translation>
    </message>
    <message>
        <location filename="../../editor/core/export_formats.py" line="29"/>
        <source>Images:</source>
        <translation>画像:</translation>
    </message>
    <message>
        <location filename="../../editor/core/export_formats.py" line="33"/>
        <source>Embed images in the file</source>
        <translation>画像をファイルに埋め込む</translation>
    </message>
    <message>
        <location filename="../../editor/core/export_formats.py" line="34"/>
        <source>Link images next to the file</source>
        <translation>画像をファイルと同じ場所に置いてリンクする</translation>
    </message>
    <message>
        <location filename="../../editor/core/export_formats.py" line="45"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../editor/core/export_formats.py" line="46"/>
        <source>Export as &amp;HTML…</source>
        <translation>HTMLとして書き出す(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../editor/core/export_formats.py" line="70"/>
        <source>Rich Text</source>
        <translation>リッチテキスト</translation>
    </message>
    <message>
        <location filename="../../editor/core/export_formats.py" line="71"/>
        <source>Copy as &amp;Rich Text</source>
        <translation>リッチテキストとしてコピー(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/services/pdf_export.py" line="174"/>
        <source>Could not print the post to {0}.</source>
        <translation>記事を {0} に書き出せませんでした。</translation>
    </message>
    <message>
        <location filename="../../editor/services/pdf_export.py" line="186"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../editor/services/pdf_export.py" line="187"/>
        <source>Export as &amp;PDF…</source>
        <translation>PDFとして書き出す(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../editor/services/pdf_export.py" line="192"/>
        <source>Page size:</source>
        <translation>用紙サイズ:</translation>
    </message>
    <message>
        <location filename="../../editor/services/pdf_export.py" line="199"/>
        <source>Letter</source>
        <translation>レター</translation>
    </message>
    <message>
        <location filename="../../editor/services/pdf_export.py" line="204"/>
        <source>Margins:</source>
        <translation>余白:</translation>
    </message>
    <message>
        <location filename="../../editor/services/pdf_export.py" line="209"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
</context>
<context>
    <name>FieldRows</name>
    <message>
        <location filename="../../editor/ui/fields/field_rows.py" line="110"/>
        <source>Remove the field “{0}”</source>
        <translation>フィールド「{0}」を削除</translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/field_rows.py" line="134"/>
        <source>Generate from body</source>
        <translation>本文から生成</translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/field_rows.py" line="136"/>
        <source>The first paragraph of the post, as plain text</source>
        <translation>記事の最初の段落を書式なしのテキストで入れます</translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/field_rows.py" line="140"/>
        <source>Update from the text</source>
        <translation>本文から自動更新</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="46"/>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="50"/>
        <source>Replace with</source>
        <translation>置換後の文字列</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="51"/>
        <source>&amp;Match case</source>
        <translation>大文字と小文字を区別(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="52"/>
        <source>&amp;Whole word</source>
        <translation>単語単位(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="53"/>
        <source>Regular e&amp;xpression</source>
        <translation>正規表現(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="59"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>前を検索 (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="62"/>
        <source>Next match (Enter)</source>
        <translation>次を検索 (Enter)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="63"/>
        <source>&amp;Replace</source>
        <translation>置換(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="64"/>
        <source>Replace &amp;All</source>
        <translation>すべて置換(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="67"/>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="68"/>
        <source>Close find bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/find_bar.py" line="266"/>
        <source>Replaced %n match(es)</source>
        <translation>
            <numerusform>%n 件置換しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="285"/>
        <source>No matches</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="290"/>
        <source>{0} of {1}</source>
        <translation>{0} / {1} 件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/find_bar.py" line="292"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrontMatterForm</name>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="141"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="142"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="143"/>
        <location filename="../../editor/ui/fields/factory.py" line="144"/>
        <source>Last modified</source>
        <translation>最終更新日</translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="145"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="146"/>
        <source>Categories</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="147"/>
        <source>Layout</source>
        <translation>レイアウト</translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="148"/>
        <source>Author</source>
        <translation>著者</translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="149"/>
        <source>Excerpt</source>
        <translation>抜粋</translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="150"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="151"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="152"/>
        <source>Reading time</source>
        <translation>読了時間</translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="153"/>
        <source>Published</source>
        <translation>公開</translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="154"/>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="155"/>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="156"/>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="157"/>
        <source>Permalink</source>
        <translation>パーマリンク</translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="158"/>
        <source>Slug</source>
        <translation>スラッグ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/front_matter_form.py" line="89"/>
        <source>Front matter</source>
        <translation>フロントマター</translation>
    </message>
    <message>
        <location filename="../../editor/ui/front_matter_form.py" line="93"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../../editor/ui/front_matter_form.py" line="95"/>
        <source>Show the front matter as text</source>
        <translation>フロントマターをテキストで表示</translation>
    </message>
    <message>
        <location filename="../../editor/ui/front_matter_form.py" line="146"/>
        <source>New field name</source>
        <translation>新しいフィールド名</translation>
    </message>
    <message>
        <location filename="../../editor/ui/front_matter_form.py" line="154"/>
        <source>Add field</source>
        <translation>フィールドを追加</translation>
    </message>
    <message>
        <location filename="../../editor/ui/front_matter_form.py" line="172"/>
        <source>Line {line}: {message} The fields are read-only until it is fixed.</source>
        <translation>{line} 行目: {message} 修正するまでフィールドは編集できません。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/front_matter_form.py" line="267"/>
        <source>Edit source</source>
        <translation>ソースの編集</translation>
    </message>
    <message>
        <location filename="../../editor/ui/front_matter_form.py" line="272"/>
        <source>Edit {0}</source>
        <translation>{0} の編集</translation>
    </message>
    <message>
        <location filename="../../editor/ui/front_matter_form.py" line="278"/>
        <source>Remove {0}</source>
        <translation>{0} の削除</translation>
    </message>
    <message>
        <location filename="../../editor/ui/front_matter_form.py" line="292"/>
        <source>Add {0}</source>
        <translation>{0} の追加</translation>
    </message>
</context>
<context>
    <name>FrontMatterSource</name>
    <message>
        <location filename="../../editor/ui/front_matter_source.py" line="106"/>
        <source>Line {line}: {message}</source>
        <translation>{line} 行目: {message}</translation>
    </message>
</context>
<context>
    <name>ImageDropFilter</name>
    <message>
        <location filename="../../editor/ui/image_drop.py" line="119"/>
        <source>Images can be added once the post is saved inside an open site folder: Kiji needs to know where the site keeps its images.</source>
        <translation>画像を追加するには、開いているサイトフォルダーの中に記事を保存してください。Kiji はサイトの画像の保存場所を知る必要があります。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/image_drop.py" line="133"/>
        <source>The pasted image could not be read.</source>
        <translation>貼り付けた画像を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/image_drop.py" line="157"/>
        <source>Could not add the image</source>
        <translation>画像を追加できませんでした</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/ui/main_window.py" line="131"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="133"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="136"/>
        <source>Open &amp;Folder…</source>
        <translation>フォルダーを開く(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="138"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="140"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="143"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="145"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="162"/>
        <source>&amp;Export</source>
        <translation>書き出し(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="208"/>
        <source>Cannot open the post</source>
        <translation>記事を開けません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="245"/>
        <source>No post of this site has the address {0}</source>
        <translation>このサイトには {0} というアドレスの記事がありません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="258"/>
        <source>Open Post</source>
        <translation>記事を開く</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="264"/>
        <source>Open Site Folder</source>
        <translation>サイトフォルダーを開く</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="363"/>
        <source>The preview could not be updated: {0}</source>
        <translation>プレビューを更新できませんでした: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="385"/>
        <source>Save Post As</source>
        <translation>名前を付けて記事を保存</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="400"/>
        <source>Could not save</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="402"/>
        <source>{problem}

Your text is still here, unsaved. Try Save As to keep it somewhere else.</source>
        <translation>{problem}

入力した文章は保存されずにそのまま残っています。「名前を付けて保存」で別の場所に保存してください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="407"/>
        <source>Saved {0}</source>
        <translation>{0} を保存しました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="226"/>
        <location filename="../../editor/ui/main_window.py" line="448"/>
        <location filename="../../editor/ui/main_window.py" line="508"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="451"/>
        <source>“{0}” has unsaved changes. Save them first?</source>
        <translation>「{0}」には保存していない変更があります。先に保存しますか？</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="456"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="453"/>
        <source>Save the changes to “{0}” before closing?</source>
        <translation>閉じる前に「{0}」の変更を保存しますか？</translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="47"/>
        <source>New Post</source>
        <translation>新規記事</translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="55"/>
        <source>What is the post about?</source>
        <translation>何について書きますか？</translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="58"/>
        <source>letters, digits and hyphens</source>
        <translation>英数字とハイフン</translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="67"/>
        <source>Post</source>
        <translation>記事</translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="69"/>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="81"/>
        <source>Time zone: {0} (UTC{1})</source>
        <translation>タイムゾーン: {0} (UTC{1})</translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="96"/>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="97"/>
        <source>&amp;Slug:</source>
        <translation>スラッグ(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="98"/>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="100"/>
        <source>Save as:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="101"/>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="106"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="162"/>
        <source>A new post needs a title.</source>
        <translation>タイトルを入力してください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="164"/>
        <source>A new post needs a slug.</source>
        <translation>スラッグを入力してください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="167"/>
        <source>The slug “{0}” cannot be a file name: use only ASCII letters, digits, hyphens, underscores and dots, starting and ending with a letter or digit.</source>
        <translation>スラッグ「{0}」はファイル名に使えません。半角英数字、ハイフン、アンダースコア、ピリオドだけを使い、先頭と末尾は英数字にしてください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="172"/>
        <source>{0} already exists. Choose another slug or date; Kiji never overwrites a file.</source>
        <translation>{0} はすでに存在します。別のスラッグか日付を選んでください。Kiji は既存のファイルを上書きしません。</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../../editor/ui/outline_view.py" line="146"/>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../editor/ui/outline_view.py" line="72"/>
        <source>Filter headings</source>
        <translation>見出しを絞り込む</translation>
    </message>
    <message>
        <location filename="../../editor/ui/outline_view.py" line="80"/>
        <source>Click to go to a heading; drag it to move its section.</source>
        <translation>クリックで見出しへ移動、ドラッグでその節ごと移動します。</translation>
    </message>
</context>
<context>
    <name>PostListModel</name>
    <message>
        <location filename="../../editor/ui/post_list_model.py" line="42"/>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <location filename="../../editor/ui/post_list_model.py" line="43"/>
        <source>Scheduled</source>
        <translation>予約</translation>
    </message>
    <message>
        <location filename="../../editor/ui/post_list_model.py" line="44"/>
        <source>Published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <location filename="../../editor/ui/post_list_model.py" line="174"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/post_list_model.py" line="175"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../editor/ui/post_list_model.py" line="176"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../editor/ui/post_list_model.py" line="177"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/post_list_model.py" line="178"/>
        <source>Min.</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../../editor/ui/post_list_model.py" line="181"/>
        <source>Reading time in minutes</source>
        <translation>読了時間（分）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/post_list_model.py" line="240"/>
        <source>{0} min</source>
        <translation>{0} 分</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="31"/>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="36"/>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="37"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="38"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="43"/>
        <source>Use the system font</source>
        <translation>システムフォントを使う</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="48"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="51"/>
        <source>Window width</source>
        <translation>ウィンドウの幅</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="52"/>
        <source> characters</source>
        <translation> 文字</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="53"/>
        <source>Show line numbers</source>
        <translation>行番号を表示</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="56"/>
        <source> characters/min</source>
        <translation> 文字/分</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="59"/>
        <source> words/min</source>
        <translation> 語/分</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="62"/>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="63"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="67"/>
        <source>Folder inside the site where dropped and pasted images go, for sites whose configuration sets no kiji: image_folder; {slug} is the post&apos;s slug. Empty: assets/images/{slug} (Jekyll) or static/images/{slug} (Hugo).</source>
        <translation>ドロップや貼り付けをした画像を置く、サイト内のフォルダーです（設定ファイルに kiji: image_folder がないサイトで使います）。{slug} は記事のスラッグに置き換わります。空欄のときは assets/images/{slug}（Jekyll）または static/images/{slug}（Hugo）です。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="74"/>
        <source>Load images from the internet in the preview</source>
        <translation>プレビューでインターネット上の画像を読み込む</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="79"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="79"/>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="81"/>
        <source>Writing</source>
        <translation>執筆</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="83"/>
        <source>&amp;Font:</source>
        <translation>フォント(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="85"/>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="86"/>
        <source>Line &amp;width:</source>
        <translation>行の幅(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="91"/>
        <source>Reading time</source>
        <translation>読了時間</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="93"/>
        <source>&amp;Japanese:</source>
        <translation>日本語(&amp;J):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="94"/>
        <source>&amp;Latin text:</source>
        <translation>欧文(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="98"/>
        <source>Files and preview</source>
        <translation>ファイルとプレビュー</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="100"/>
        <source>&amp;Autosave every:</source>
        <translation>自動保存の間隔(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="101"/>
        <source>&amp;Image folder:</source>
        <translation>画像フォルダー(&amp;I):</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <location filename="../../editor/ui/problems_view.py" line="110"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../editor/ui/problems_view.py" line="110"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../editor/ui/problems_view.py" line="110"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/problems_view.py" line="129"/>
        <source>Check Again</source>
        <translation>再チェック</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/problems_view.py" line="156"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n 件の問題が見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/problems_view.py" line="158"/>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>Proofreading</name>
    <message>
        <location filename="../../editor/core/ja_style.py" line="44"/>
        <source>「{0}」 drops the ら of the potential form (ら抜き言葉): write 「{1}」.</source>
        <translation>「{0}」はら抜き言葉です。「{1}」と書きましょう。</translation>
    </message>
    <message>
        <location filename="../../editor/core/ja_style.py" line="47"/>
        <source>「{0}」 is a double negative: saying it positively is easier to read.</source>
        <translation>「{0}」は二重否定です。肯定の形で言い切ると読みやすくなります。</translation>
    </message>
    <message>
        <location filename="../../editor/core/ja_style.py" line="50"/>
        <source>The particle 「{0}」 is written twice in a row.</source>
        <translation>助詞「{0}」が続けて二度書かれています。</translation>
    </message>
    <message>
        <location filename="../../editor/core/ja_style.py" line="53"/>
        <source>This sentence has {0} characters (more than {1}): consider splitting it.</source>
        <translation>この文は {0} 文字あります（{1} 文字を超えています）。文を分けることを検討してください。</translation>
    </message>
    <message>
        <location filename="../../editor/core/ja_style.py" line="56"/>
        <source>This sentence has {0} 読点 (more than {1}): consider splitting it.</source>
        <translation>この文には読点が {0} 個あります（{1} 個を超えています）。文を分けることを検討してください。</translation>
    </message>
    <message>
        <location filename="../../editor/core/ja_style.py" line="59"/>
        <source>This post mostly ends sentences with {0}; this one ends with {1}.</source>
        <translation>この記事はおもに{0}調で書かれていますが、この文は{1}調です。</translation>
    </message>
    <message>
        <location filename="../../editor/core/ja_style.py" line="62"/>
        <source>「{0}」 is full-width, so this line will not render as Markdown: write 「{1}」.</source>
        <translation>「{0}」は全角のため、この行は Markdown として表示されません。「{1}」と書きましょう。</translation>
    </message>
    <message>
        <location filename="../../editor/core/ja_style.py" line="66"/>
        <source>An invisible control character ({0}) is in the text: remove it.</source>
        <translation>目に見えない制御文字（{0}）が含まれています。削除しましょう。</translation>
    </message>
    <message>
        <location filename="../../editor/core/ja_style.py" line="69"/>
        <source>「{0}」 ({1} letters) inside Japanese text looks like a stray input: remove it?</source>
        <translation>日本語の文中に「{0}」（{1} の文字）があります。誤入力ではありませんか？</translation>
    </message>
    <message>
        <location filename="../../editor/core/spelling.py" line="23"/>
        <source>“{0}” is not in the dictionary.</source>
        <translation>「{0}」は辞書にありません。</translation>
    </message>
    <message>
        <location filename="../../editor/core/spelling_variants.py" line="17"/>
        <source>This site usually writes 「{0}」 ({1} times in its posts), here 「{2}」: use the site&apos;s usual spelling.</source>
        <translation>このサイトではふだん「{0}」と書いています（記事中 {1} 回）が、ここでは「{2}」です。サイトの表記にそろえましょう。</translation>
    </message>
</context>
<context>
    <name>ProofreadingUI</name>
    <message>
        <location filename="../../editor/ui/proofreading_ui.py" line="83"/>
        <source>Check &amp;Spelling</source>
        <translation>スペルチェック(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofreading_ui.py" line="87"/>
        <source>Check &amp;Japanese Style</source>
        <translation>日本語の文体チェック(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofreading_ui.py" line="136"/>
        <source>The site&apos;s .kiji/proofreading.toml cannot be read ({0}); using the defaults.</source>
        <translation>サイトの .kiji/proofreading.toml を読み込めません（{0}）。既定の設定を使います。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofreading_ui.py" line="201"/>
        <source>The post changed while textlint worked; try again.</source>
        <translation>textlint の実行中に記事が変更されました。もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofreading_ui.py" line="207"/>
        <source>textlint did not run: {0}</source>
        <translation>textlint を実行できませんでした: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofreading_ui.py" line="299"/>
        <source>Add “{0}” to Site Dictionary</source>
        <translation>「{0}」をサイトの辞書に追加</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofreading_ui.py" line="302"/>
        <source>Ignore “{0}”</source>
        <translation>「{0}」を無視</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofreading_ui.py" line="310"/>
        <source>Replace with 「{0}」</source>
        <translation>「{0}」に置き換え</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofreading_ui.py" line="312"/>
        <source>Remove 「{0}」</source>
        <translation>「{0}」を削除</translation>
    </message>
    <message>
        <location filename="../../editor/ui/proofreading_ui.py" line="319"/>
        <source>Apply All textlint Fixes</source>
        <translation>textlint の修正をすべて適用</translation>
    </message>
</context>
<context>
    <name>ReadOnlyField</name>
    <message>
        <location filename="../../editor/ui/fields/text_fields.py" line="278"/>
        <source>Edit in source</source>
        <translation>ソースで編集</translation>
    </message>
</context>
<context>
    <name>RecentSites</name>
    <message>
        <location filename="../../editor/ui/recent_sites.py" line="26"/>
        <source>No recent folders</source>
        <translation>最近使ったフォルダーはありません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/recent_sites.py" line="29"/>
        <source>Clear Recent Folders</source>
        <translation>最近使ったフォルダーの履歴を消去</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../editor/ui/recovery_dialog.py" line="37"/>
        <source>Recover Unsaved Text</source>
        <translation>未保存の文章を復元</translation>
    </message>
    <message>
        <location filename="../../editor/ui/recovery_dialog.py" line="41"/>
        <source>Kiji did not close normally last time. The text below was not saved; choose what to do with each document. Nothing is written into your site until you save.</source>
        <translation>前回 Kiji は正常に終了しませんでした。以下の文章は保存されていません。文書ごとに扱いを選んでください。保存するまでサイトには何も書き込まれません。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/recovery_dialog.py" line="64"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../editor/ui/recovery_dialog.py" line="67"/>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <location filename="../../editor/ui/recovery_dialog.py" line="69"/>
        <source>Decide Later</source>
        <translation>後で決める</translation>
    </message>
    <message>
        <location filename="../../editor/ui/recovery_dialog.py" line="87"/>
        <source>Untitled post</source>
        <translation>無題の記事</translation>
    </message>
    <message>
        <location filename="../../editor/ui/recovery_dialog.py" line="106"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/recovery_dialog.py" line="118"/>
        <source>An untitled post, never saved.</source>
        <translation>一度も保存されていない無題の記事です。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/recovery_dialog.py" line="125"/>
        <source>The file cannot be read now: {0}</source>
        <translation>現在このファイルを読み込めません: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/recovery_dialog.py" line="127"/>
        <source>The file is no longer on disk; restoring keeps the text.</source>
        <translation>このファイルはもうディスク上にありません。復元すると文章は残ります。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/recovery_dialog.py" line="134"/>
        <source>The file was also changed on disk after this text was kept; compare carefully before saving.</source>
        <translation>この文章が記録された後、ファイルはディスク上でも変更されています。保存する前によく比較してください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/recovery_dialog.py" line="140"/>
        <source>On disk</source>
        <translation>ディスク上</translation>
    </message>
    <message>
        <location filename="../../editor/ui/recovery_dialog.py" line="140"/>
        <source>Recovered (not saved)</source>
        <translation>復元した文章（未保存）</translation>
    </message>
</context>
<context>
    <name>SiteActions</name>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="63"/>
        <source>Could not publish</source>
        <translation>公開できませんでした</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="72"/>
        <source>Unpublish</source>
        <translation>下書きに戻す</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="73"/>
        <source>Turn “{0}” back into a draft? It will leave the published site.</source>
        <translation>「{0}」を下書きに戻しますか？公開中のサイトには表示されなくなります。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="81"/>
        <source>Could not unpublish</source>
        <translation>下書きに戻せませんでした</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="95"/>
        <location filename="../../editor/ui/site_actions.py" line="100"/>
        <source>Cannot rename</source>
        <translation>名前を変更できません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="104"/>
        <source>Rename the file?</source>
        <translation>ファイル名を変更しますか？</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="106"/>
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
        <location filename="../../editor/ui/site_actions.py" line="113"/>
        <source>Could not rename</source>
        <translation>名前を変更できませんでした</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="123"/>
        <source>Could not duplicate</source>
        <translation>複製できませんでした</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="135"/>
        <source>Move to Trash</source>
        <translation>ゴミ箱に移動</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="137"/>
        <source>Move “{0}” to the trash?

You can restore it from the system trash; unsaved changes to it are lost.</source>
        <translation>「{0}」をゴミ箱に移動しますか？

システムのゴミ箱から元に戻せますが、保存していない変更は失われます。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="148"/>
        <source>Could not move to the trash</source>
        <translation>ゴミ箱に移動できませんでした</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="171"/>
        <source>{0}

Kiji never overwrites a file. Rename or move the other file first, or pick another slug or date.</source>
        <translation>{0}

Kiji は既存のファイルを上書きしません。先にもう一方のファイルの名前を変更するか移動してください。または、別のスラッグか日付を選んでください。</translation>
    </message>
</context>
<context>
    <name>SiteController</name>
    <message>
        <location filename="../../editor/ui/site_controller.py" line="65"/>
        <source>Posts</source>
        <translation>記事</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_controller.py" line="74"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_controller.py" line="85"/>
        <source>&amp;New Post…</source>
        <translation>新規記事(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_controller.py" line="89"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったフォルダーを開く(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_controller.py" line="197"/>
        <source>Cannot open the site</source>
        <translation>サイトを開けません</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_controller.py" line="237"/>
        <source>New Post</source>
        <translation>新規記事</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_controller.py" line="238"/>
        <source>Open a site folder first (File ▸ Open Folder…): new posts go into it.</source>
        <translation>先にサイトフォルダーを開いてください（ファイル ▸ フォルダーを開く…）。新しい記事はそのフォルダーに作成されます。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_controller.py" line="324"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_controller.py" line="325"/>
        <source>{0}, line {1}: open this file in another editor to fix it.</source>
        <translation>{0} の {1} 行目: このファイルは別のエディターで開いて修正してください。</translation>
    </message>
</context>
<context>
    <name>SiteError</name>
    <message>
        <location filename="../../editor/core/site_errors.py" line="54"/>
        <source>The setting {setting} ({value}) points outside the site folder, so Kiji does not use it and writes nothing there. Change it to a folder inside the site.</source>
        <translation>設定 {setting}（{value}）はサイトのフォルダーの外を指しているため、Kiji はこの設定を使わず、そこには何も書き込みません。サイト内のフォルダーに変更してください。</translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="66"/>
        <source>Search titles and text</source>
        <translation>タイトルと本文を検索</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="71"/>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="187"/>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="188"/>
        <source>All categories</source>
        <translation>すべてのカテゴリー</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/site_panel.py" line="276"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n 件の記事</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="278"/>
        <source>{0} of {1} posts</source>
        <translation>{1} 件中 {0} 件の記事</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="285"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="290"/>
        <source>Publish</source>
        <translation>公開</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="292"/>
        <source>Unpublish</source>
        <translation>下書きに戻す</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="294"/>
        <source>Rename to Match Slug and Date…</source>
        <translation>スラッグと日付に合わせて名前を変更…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="296"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="298"/>
        <source>Move to Trash…</source>
        <translation>ゴミ箱に移動…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="300"/>
        <location filename="../../editor/ui/site_panel.py" line="307"/>
        <source>New Post…</source>
        <translation>新規記事…</translation>
    </message>
</context>
<context>
    <name>SiteSearchPanel</name>
    <message>
        <location filename="../../editor/ui/site_search.py" line="50"/>
        <source>Find in Site</source>
        <translation>サイト内を検索</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_search.py" line="65"/>
        <source>Search all posts</source>
        <translation>すべての記事を検索</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_search.py" line="68"/>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_search.py" line="69"/>
        <source>Whole word</source>
        <translation>単語単位</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_search.py" line="70"/>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_search.py" line="127"/>
        <source>Open a site folder first.</source>
        <translation>先にサイトフォルダーを開いてください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_search.py" line="186"/>
        <source>No matches</source>
        <translation>見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_search.py" line="188"/>
        <source> (stopped at {0})</source>
        <translation>（{0} 件で検索を打ち切りました）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_search.py" line="190"/>
        <source>{0} matches in {1} posts</source>
        <translation>{1} 件の記事で {0} 件見つかりました</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_search.py" line="136"/>
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_search.py" line="181"/>
        <source>{0} matches in {1} posts so far…</source>
        <translation>{1} 件の記事で {0} 件見つかりました（検索中）…</translation>
    </message>
</context>
<context>
    <name>StatsLabel</name>
    <message>
        <location filename="../../editor/ui/stats_label.py" line="76"/>
        <source>Selection: {0}</source>
        <translation>選択範囲: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/ui/stats_label.py" line="81"/>
        <source>Characters without spaces, Latin words, Japanese characters and reading time at {0:g} Japanese characters and {1:g} words per minute. Front matter, code and URLs are not counted.</source>
        <translation>空白を除いた文字数、欧文の単語数、日本語の文字数、読了時間です（読了時間は日本語を毎分 {0:g} 文字、欧文を毎分 {1:g} 語として計算）。フロントマター、コード、URL は数えません。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/stats_label.py" line="94"/>
        <source>under 1 min</source>
        <translation>読了 1 分未満</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/stats_label.py" line="96"/>
        <source>%n min read</source>
        <translation>
            <numerusform>読了 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/stats_label.py" line="98"/>
        <source>{chars} chars · {words} words · {cjk} Japanese · {time}</source>
        <translation>{chars} 文字 · {words} 語 · 日本語 {cjk} 文字 · {time}</translation>
    </message>
</context>
<context>
    <name>ViewController</name>
    <message>
        <location filename="../../editor/ui/view_controller.py" line="142"/>
        <source>Ln {0}, Col {1}</source>
        <translation>{0} 行、{1} 列</translation>
    </message>
    <message>
        <location filename="../../editor/ui/view_controller.py" line="182"/>
        <source>About Kiji</source>
        <translation>Kiji について</translation>
    </message>
    <message>
        <location filename="../../editor/ui/view_controller.py" line="184"/>
        <source>&lt;h3&gt;Kiji {0}&lt;/h3&gt;&lt;p&gt;A Markdown editor for blog posts kept in Jekyll and Hugo sites, made with Japanese writers in mind.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kiji {0}&lt;/h3&gt;&lt;p&gt;Jekyll や Hugo のサイトで管理するブログ記事のための Markdown エディターです。日本語で書く人のことを考えて作られています。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WritingGoals</name>
    <message>
        <location filename="../../editor/ui/writing_goal.py" line="42"/>
        <source>Set Writing &amp;Goal…</source>
        <translation>執筆目標を設定(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_goal.py" line="87"/>
        <source>Writing goals are kept in a site: open its folder.</source>
        <translation>執筆目標はサイトに保存されます。サイトのフォルダーを開いてください。</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_goal.py" line="93"/>
        <source>Writing Goal</source>
        <translation>執筆目標</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_goal.py" line="94"/>
        <source>Characters (Japanese) or words (English) this post should have (0: none):</source>
        <translation>この記事の目標の文字数（日本語）または語数（英語）（0: なし）:</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_goal.py" line="112"/>
        <source>Goal {0:,} / {1:,} words ({2}%)</source>
        <translation>目標 {0:,} / {1:,} 語（{2}%）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_goal.py" line="114"/>
        <source>Goal {0:,} / {1:,} characters ({2}%)</source>
        <translation>目標 {0:,} / {1:,} 字（{2}%）</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_goal.py" line="120"/>
        <source>Today {0:,} characters, {1} min</source>
        <translation>今日 {0:,} 字・{1} 分</translation>
    </message>
</context>
<context>
    <name>WritingMenus</name>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="131"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="134"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="135"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="137"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="138"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="139"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="140"/>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="153"/>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="160"/>
        <source>&amp;Replace…</source>
        <translation>置換(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="167"/>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="174"/>
        <source>Find Pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="181"/>
        <source>Find in &amp;Site…</source>
        <translation>サイト内を検索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="189"/>
        <source>Pre&amp;ferences…</source>
        <translation>環境設定(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="199"/>
        <source>F&amp;ormat</source>
        <translation>書式(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="202"/>
        <source>&amp;Bold</source>
        <translation>太字(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="203"/>
        <source>&amp;Italic</source>
        <translation>斜体(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="204"/>
        <source>&amp;Link</source>
        <translation>リンク(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="205"/>
        <source>&amp;Code</source>
        <translation>コード(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="207"/>
        <source>Heading Level &amp;Up</source>
        <translation>見出しを大きく(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="208"/>
        <source>Heading Level &amp;Down</source>
        <translation>見出しを小さく(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="210"/>
        <source>Toggle &amp;List</source>
        <translation>リストの切り替え(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="211"/>
        <source>Toggle &amp;Quote</source>
        <translation>引用の切り替え(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="212"/>
        <source>&amp;Indent List Item</source>
        <translation>リスト項目のインデントを増やす(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="213"/>
        <source>&amp;Outdent List Item</source>
        <translation>リスト項目のインデントを減らす(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="227"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="230"/>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="231"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="232"/>
        <source>&amp;Actual Size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="236"/>
        <source>Line &amp;Numbers</source>
        <translation>行番号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="244"/>
        <source>&amp;Readable Line Width</source>
        <translation>読みやすい行幅(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="250"/>
        <source>&amp;Focus Mode</source>
        <translation>フォーカスモード(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="254"/>
        <source>O&amp;ff</source>
        <translation>オフ(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="255"/>
        <source>&amp;Paragraph</source>
        <translation>段落(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="256"/>
        <source>&amp;Sentence</source>
        <translation>文(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="270"/>
        <source>&amp;Typewriter Scrolling</source>
        <translation>タイプライタースクロール(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="278"/>
        <source>&amp;Distraction-Free Writing</source>
        <translation>集中モード(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="286"/>
        <source>T&amp;heme</source>
        <translation>テーマ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="290"/>
        <source>Follow the &amp;System</source>
        <translation>システムに合わせる(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="291"/>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="292"/>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="307"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="309"/>
        <source>&amp;About Kiji</source>
        <translation>Kiji について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="313"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
</context>
</TS>
