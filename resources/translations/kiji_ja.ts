<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Chip</name>
    <message>
        <location filename="../../editor/ui/fields/chip_editor.py" line="64"/>
        <source>Remove “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipEditor</name>
    <message>
        <location filename="../../editor/ui/fields/chip_editor.py" line="151"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../editor/ui/fields/date_field.py" line="65"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/date_field.py" line="66"/>
        <source>Set to the current time on the site&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../editor/ui/export_actions.py" line="36"/>
        <source>Export as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_actions.py" line="39"/>
        <source>Export as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_actions.py" line="42"/>
        <source>Copy as &amp;Rich Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_actions.py" line="91"/>
        <location filename="../../editor/ui/export_actions.py" line="140"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_actions.py" line="92"/>
        <source>Could not write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_actions.py" line="97"/>
        <location filename="../../editor/ui/export_actions.py" line="135"/>
        <source>Exported {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_actions.py" line="141"/>
        <source>Could not print the post to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_actions.py" line="160"/>
        <source>Copied the post as rich text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="41"/>
        <source>Export as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="41"/>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="46"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="52"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="53"/>
        <source>Embed images in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="54"/>
        <source>Link images next to the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="62"/>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="67"/>
        <source>Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="69"/>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="70"/>
        <source>Margins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="97"/>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="97"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRows</name>
    <message>
        <location filename="../../editor/ui/fields/field_rows.py" line="110"/>
        <source>Remove the field “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/field_rows.py" line="134"/>
        <source>Generate from body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/field_rows.py" line="136"/>
        <source>The first paragraph of the post, as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/field_rows.py" line="140"/>
        <source>Update from the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="46"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="50"/>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="51"/>
        <source>&amp;Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="52"/>
        <source>&amp;Whole word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="53"/>
        <source>Regular e&amp;xpression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="59"/>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="62"/>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="63"/>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="64"/>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="67"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="68"/>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/find_bar.py" line="266"/>
        <source>Replaced %n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="285"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="290"/>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/find_bar.py" line="292"/>
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrontMatterForm</name>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="122"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="123"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="124"/>
        <location filename="../../editor/ui/fields/factory.py" line="125"/>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="126"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="127"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="128"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="129"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="130"/>
        <source>Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="131"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="132"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="133"/>
        <source>Reading time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="134"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="135"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="136"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="137"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="138"/>
        <source>Permalink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/fields/factory.py" line="139"/>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/front_matter_form.py" line="86"/>
        <source>Front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/front_matter_form.py" line="90"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/front_matter_form.py" line="92"/>
        <source>Show the front matter as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/front_matter_form.py" line="143"/>
        <source>New field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/front_matter_form.py" line="151"/>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/front_matter_form.py" line="169"/>
        <source>Line {line}: {message} The fields are read-only until it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/front_matter_form.py" line="247"/>
        <source>Edit source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/front_matter_form.py" line="252"/>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/front_matter_form.py" line="258"/>
        <source>Remove {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/front_matter_form.py" line="272"/>
        <source>Add {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrontMatterSource</name>
    <message>
        <location filename="../../editor/ui/front_matter_source.py" line="106"/>
        <source>Line {line}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageDropFilter</name>
    <message>
        <location filename="../../editor/ui/image_drop.py" line="112"/>
        <source>Images can be added once the post is saved inside an open site folder: Kiji needs to know where the site keeps its images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/image_drop.py" line="126"/>
        <source>The pasted image could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/image_drop.py" line="145"/>
        <source>Could not add the image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/ui/main_window.py" line="98"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="100"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="103"/>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="105"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="107"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="110"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="112"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="129"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="175"/>
        <source>Cannot open the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="194"/>
        <source>Open Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="200"/>
        <source>Open Site Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="261"/>
        <source>The preview could not be updated: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="283"/>
        <source>Save Post As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="295"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="297"/>
        <source>{problem}

Your text is still here, unsaved. Try Save As to keep it somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="302"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="328"/>
        <location filename="../../editor/ui/main_window.py" line="378"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="331"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="332"/>
        <source>Save the changes to “{0}” before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="46"/>
        <source>New Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="54"/>
        <source>What is the post about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="57"/>
        <source>letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="66"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="68"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="80"/>
        <source>Time zone: {0} (UTC{1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="95"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="96"/>
        <source>&amp;Slug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="97"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="99"/>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="100"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="105"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="161"/>
        <source>A new post needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="163"/>
        <source>A new post needs a slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="166"/>
        <source>The slug “{0}” cannot be a file name: use only ASCII letters, digits, hyphens, underscores and dots, starting and ending with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/new_post_dialog.py" line="171"/>
        <source>{0} already exists. Choose another slug or date; Kiji never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="30"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="35"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="36"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="37"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="42"/>
        <source>Use the system font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="47"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="50"/>
        <source>Window width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="51"/>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="52"/>
        <source>Show line numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="55"/>
        <source> characters/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="58"/>
        <source> words/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="61"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="62"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="64"/>
        <source>Folder inside the site where pasted images go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="66"/>
        <source>Load images from the internet in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="71"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="71"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="73"/>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="75"/>
        <source>&amp;Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="77"/>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="78"/>
        <source>Line &amp;width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="83"/>
        <source>Reading time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="85"/>
        <source>&amp;Japanese:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="86"/>
        <source>&amp;Latin text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="90"/>
        <source>Files and preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="92"/>
        <source>&amp;Autosave every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/preferences_dialog.py" line="93"/>
        <source>&amp;Image folder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <location filename="../../editor/ui/problems_view.py" line="46"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/problems_view.py" line="46"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/problems_view.py" line="46"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/problems_view.py" line="55"/>
        <source>Check Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/problems_view.py" line="84"/>
        <source>%n problem(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/problems_view.py" line="86"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyField</name>
    <message>
        <location filename="../../editor/ui/fields/text_fields.py" line="263"/>
        <source>Edit in source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentSites</name>
    <message>
        <location filename="../../editor/ui/recent_sites.py" line="77"/>
        <source>No recent folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/recent_sites.py" line="80"/>
        <source>Clear Recent Folders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteActions</name>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="62"/>
        <source>Could not publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="71"/>
        <source>Unpublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="72"/>
        <source>Turn “{0}” back into a draft? It will leave the published site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="80"/>
        <source>Could not unpublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="94"/>
        <location filename="../../editor/ui/site_actions.py" line="99"/>
        <source>Cannot rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="103"/>
        <source>Rename the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="105"/>
        <source>The post&apos;s slug or date no longer matches its file name.

Rename
{0}
to
{1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="112"/>
        <source>Could not rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="122"/>
        <source>Could not duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="134"/>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="136"/>
        <source>Move “{0}” to the trash?

You can restore it from the system trash; unsaved changes to it are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="147"/>
        <source>Could not move to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_actions.py" line="170"/>
        <source>{0}

Kiji never overwrites a file. Rename or move the other file first, or pick another slug or date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteController</name>
    <message>
        <location filename="../../editor/ui/site_controller.py" line="58"/>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_controller.py" line="67"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_controller.py" line="78"/>
        <source>&amp;New Post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_controller.py" line="82"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_controller.py" line="169"/>
        <source>Cannot open the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_controller.py" line="207"/>
        <source>New Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_controller.py" line="208"/>
        <source>Open a site folder first (File ▸ Open Folder…): new posts go into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_controller.py" line="240"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_controller.py" line="241"/>
        <source>“{0}” has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_controller.py" line="319"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_controller.py" line="320"/>
        <source>{0}, line {1}: open this file in another editor to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="66"/>
        <source>Search titles and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="71"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="183"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="184"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/site_panel.py" line="272"/>
        <source>%n post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="274"/>
        <source>{0} of {1} posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="281"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="286"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="288"/>
        <source>Unpublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="290"/>
        <source>Rename to Match Slug and Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="292"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="294"/>
        <source>Move to Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_panel.py" line="296"/>
        <location filename="../../editor/ui/site_panel.py" line="303"/>
        <source>New Post…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteSearchPanel</name>
    <message>
        <location filename="../../editor/ui/site_search.py" line="37"/>
        <source>Find in Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_search.py" line="45"/>
        <source>Search all posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_search.py" line="48"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_search.py" line="49"/>
        <source>Whole word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_search.py" line="50"/>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_search.py" line="91"/>
        <source>Open a site folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_search.py" line="113"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_search.py" line="115"/>
        <source> (stopped at {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/site_search.py" line="117"/>
        <source>{0} matches in {1} posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsLabel</name>
    <message>
        <location filename="../../editor/ui/stats_label.py" line="76"/>
        <source>Selection: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/stats_label.py" line="81"/>
        <source>Characters without spaces, Latin words, Japanese characters and reading time at {0:g} Japanese characters and {1:g} words per minute. Front matter, code and URLs are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/stats_label.py" line="94"/>
        <source>under 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/ui/stats_label.py" line="96"/>
        <source>%n min read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/ui/stats_label.py" line="98"/>
        <source>{chars} chars · {words} words · {cjk} Japanese · {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewController</name>
    <message>
        <location filename="../../editor/ui/view_controller.py" line="143"/>
        <source>Ln {0}, Col {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/view_controller.py" line="183"/>
        <source>About Kiji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/view_controller.py" line="185"/>
        <source>&lt;h3&gt;Kiji {0}&lt;/h3&gt;&lt;p&gt;A Markdown editor for blog posts kept in Jekyll and Hugo sites, made with Japanese writers in mind.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WritingMenus</name>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="67"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="70"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="71"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="73"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="74"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="75"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="76"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="86"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="89"/>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="93"/>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="100"/>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="107"/>
        <source>Find in &amp;Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="115"/>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="125"/>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="128"/>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="129"/>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="130"/>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="131"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="133"/>
        <source>Heading Level &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="134"/>
        <source>Heading Level &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="136"/>
        <source>Toggle &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="137"/>
        <source>Toggle &amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="138"/>
        <source>&amp;Indent List Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="139"/>
        <source>&amp;Outdent List Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="151"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="153"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="154"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="155"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="159"/>
        <source>Line &amp;Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="167"/>
        <source>&amp;Readable Line Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="173"/>
        <source>&amp;Focus Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="177"/>
        <source>O&amp;ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="178"/>
        <source>&amp;Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="179"/>
        <source>&amp;Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="193"/>
        <source>&amp;Typewriter Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="201"/>
        <source>&amp;Distraction-Free Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="209"/>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="213"/>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="214"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="215"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="230"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="231"/>
        <source>&amp;About Kiji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../editor/ui/writing_menus.py" line="234"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
