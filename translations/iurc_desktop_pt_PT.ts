<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../iurc_desktop/ui/about_dialog.py" line="32"/>
        <source>About IURC Desktop</source>
        <translation>Acerca do IURC Desktop</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/about_dialog.py" line="37"/>
        <source>Application version</source>
        <translation>Versão da aplicação</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/about_dialog.py" line="38"/>
        <source>Catalogue version</source>
        <translation>Versão do catálogo</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/about_dialog.py" line="39"/>
        <source>Catalogue date</source>
        <translation>Data do catálogo</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/about_dialog.py" line="40"/>
        <source>Installed from</source>
        <translation>Instalado a partir de</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/about_dialog.py" line="41"/>
        <source>Installed at</source>
        <translation>Instalado em</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/about_dialog.py" line="42"/>
        <source>Signed by key</source>
        <translation>Assinado pela chave</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/about_dialog.py" line="43"/>
        <source>Previous version kept for rollback</source>
        <translation>Versão anterior guardada para reversão</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/about_dialog.py" line="46"/>
        <source>Offline catalogue of EU–China urban and regional cooperation.</source>
        <translation>Catálogo offline da cooperação urbana e regional UE–China.</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/about_dialog.py" line="49"/>
        <source>Licences</source>
        <translation>Licenças</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/about_dialog.py" line="51"/>
        <source>Licence file missing.</source>
        <translation>Falta o ficheiro de licenças.</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/about_dialog.py" line="61"/>
        <source>the catalogue that comes with the application</source>
        <translation>o catálogo que acompanha a aplicação</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/about_dialog.py" line="63"/>
        <source>data file %1</source>
        <translation>ficheiro de dados %1</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/about_dialog.py" line="68"/>
        <source>none needed (part of the application)</source>
        <translation>não é necessária (faz parte da aplicação)</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="70"/>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="295"/>
        <source>Briefing pack</source>
        <translation>Dossier de visita</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="71"/>
        <source>Briefing pack composer</source>
        <translation>Composição do dossier</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="79"/>
        <source>Sections and records to include</source>
        <translation>Secções e registos a incluir</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="80"/>
        <source>Sections and records</source>
        <translation>Secções e registos</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="81"/>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="81"/>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="95"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="114"/>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="121"/>
        <source>US Letter</source>
        <translation>Carta (EUA)</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="122"/>
        <source>Include my notes</source>
        <translation>Incluir as minhas notas</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="124"/>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="130"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="125"/>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="131"/>
        <source>Pack language</source>
        <translation>Língua do dossier</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="126"/>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="132"/>
        <source>Second language</source>
        <translation>Segunda língua</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="127"/>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="133"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="140"/>
        <source>Preview</source>
        <translation>Pré-visualizar</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="141"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="142"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="147"/>
        <source>Save selection…</source>
        <translation>Guardar seleção…</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="154"/>
        <source>Cover</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="155"/>
        <source>At a glance</source>
        <translation>Em resumo</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="156"/>
        <source>Host profile</source>
        <translation>Perfil do anfitrião</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="157"/>
        <source>History of cooperation</source>
        <translation>Historial de cooperação</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="158"/>
        <source>Partners and places with shared interests</source>
        <translation>Parceiros e locais com interesses comuns</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="159"/>
        <source>Clusters and cross-cutting challenges</source>
        <translation>Clusters e desafios transversais</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="160"/>
        <source>People from previous exchanges</source>
        <translation>Pessoas de intercâmbios anteriores</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="161"/>
        <source>Suggested talking points</source>
        <translation>Pontos de conversa sugeridos</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="162"/>
        <source>My notes</source>
        <translation>As minhas notas</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="163"/>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="164"/>
        <source>Glossary</source>
        <translation>Glossário</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="237"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="249"/>
        <source>Save briefing pack</source>
        <translation>Guardar dossier de visita</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="249"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="256"/>
        <source>Saved %1 (%2 pages).</source>
        <translation>Guardado %1 (%2 páginas).</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="265"/>
        <source>Save selection</source>
        <translation>Guardar seleção</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="265"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="268"/>
        <source>Selection saved.</source>
        <translation>Seleção guardada.</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="278"/>
        <source>Preparing the pack…</source>
        <translation>A preparar o dossier…</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="292"/>
        <source>The pack could not be made: %1</source>
        <translation>Não foi possível criar o dossier: %1</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="313"/>
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
    </message>
</context>
<context>
    <name>DailyUpdateCheck</name>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="331"/>
        <source>Catalogue %1 is available: File › Import data update… › Check for updates.</source>
        <translation>O catálogo %1 está disponível: Ficheiro › Importar atualização de dados… › Procurar atualizações.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../iurc_desktop/ui/detail_pane.py" line="83"/>
        <source>★ Favourite</source>
        <translation>★ Favorito</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/detail_pane.py" line="83"/>
        <source>☆ Add to favourites</source>
        <translation>☆ Adicionar aos favoritos</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/detail_pane.py" line="85"/>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/detail_pane.py" line="86"/>
        <source>Briefing pack…</source>
        <translation>Dossier de visita…</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/detail_pane.py" line="87"/>
        <location filename="../iurc_desktop/ui/detail_pane.py" line="90"/>
        <source>My notes</source>
        <translation>As minhas notas</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/detail_pane.py" line="88"/>
        <source>Write a note on this record…</source>
        <translation>Escreva uma nota sobre este registo…</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/detail_pane.py" line="89"/>
        <source>New note</source>
        <translation>Nova nota</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/detail_pane.py" line="91"/>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/detail_pane.py" line="92"/>
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/detail_pane.py" line="93"/>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/detail_pane.py" line="115"/>
        <source>Choose a record on the left, or search for one.</source>
        <translation>Escolha um registo à esquerda ou pesquise.</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/detail_pane.py" line="124"/>
        <source>This record is not in the current catalogue.</source>
        <translation>Este registo não existe no catálogo atual.</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/detail_pane.py" line="126"/>
        <source>“%1” was removed in catalogue version %2. Your notes on it are kept below.</source>
        <translation>«%1» foi removido na versão %2 do catálogo. As suas notas sobre ele continuam abaixo.</translation>
    </message>
</context>
<context>
    <name>FacetBar</name>
    <message>
        <location filename="../iurc_desktop/ui/facet_bar.py" line="56"/>
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/facet_bar.py" line="57"/>
        <source>All programmes</source>
        <translation>Todos os programas</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/facet_bar.py" line="58"/>
        <source>All years</source>
        <translation>Todos os anos</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/facet_bar.py" line="62"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/facet_bar.py" line="63"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/facet_bar.py" line="64"/>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="62"/>
        <source>Import data update</source>
        <translation>Importar atualização de dados</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="71"/>
        <source>Choose a data file…</source>
        <translation>Escolher um ficheiro de dados…</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="73"/>
        <source>or drop a .iurcdata file here</source>
        <translation>ou largue aqui um ficheiro .iurcdata</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="75"/>
        <source>Update channel address (https://…/feed.json)</source>
        <translation>Endereço do canal de atualizações (https://…/feed.json)</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="76"/>
        <source>Check for updates</source>
        <translation>Procurar atualizações</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="78"/>
        <source>Check once a day when the app starts</source>
        <translation>Procurar uma vez por dia ao iniciar a aplicação</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="86"/>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="86"/>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="88"/>
        <source>What the update changes</source>
        <translation>O que a atualização altera</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="90"/>
        <source>Apply update</source>
        <translation>Aplicar atualização</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="91"/>
        <source>Install anyway</source>
        <translation>Instalar mesmo assim</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="93"/>
        <source>Go back to the previous catalogue</source>
        <translation>Voltar ao catálogo anterior</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="115"/>
        <source>Installed catalogue: %1 (%2).</source>
        <translation>Catálogo instalado: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="118"/>
        <source>Previous catalogue kept for rollback: %1.</source>
        <translation>Catálogo anterior guardado para reposição: %1.</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="127"/>
        <source>Choose a data update</source>
        <translation>Escolher uma atualização de dados</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="127"/>
        <source>IURC data (*.iurcdata)</source>
        <translation>Dados IURC (*.iurcdata)</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="146"/>
        <source>Enter the address of the programme&apos;s update channel first.</source>
        <translation>Introduza primeiro o endereço do canal de atualizações do programa.</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="158"/>
        <source>Checking the signature and reading the update…</source>
        <translation>A verificar a assinatura e a ler a atualização…</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="175"/>
        <source>Up to date: the channel offers %1, the installed catalogue is %2.</source>
        <translation>Atualizado: o canal oferece a %1 e o catálogo instalado é a %2.</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="196"/>
        <source>Not installed: %1</source>
        <translation>Não instalado: %1</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="207"/>
        <source>Catalogue %1 of %2, signed by key %3. Nothing changes until you apply it.</source>
        <translation>Catálogo %1 de %2, assinado pela chave %3. Nada muda enquanto não o aplicar.</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="211"/>
        <source>added</source>
        <translation>adicionado</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="211"/>
        <source>changed</source>
        <translation>alterado</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="211"/>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="212"/>
        <source>Added</source>
        <translation>Adicionados</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="212"/>
        <source>Changed</source>
        <translation>Alterados</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="212"/>
        <source>Removed</source>
        <translation>Removidos</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="221"/>
        <source>… and %1 more</source>
        <translation>… e mais %1</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="224"/>
        <source>No record changes</source>
        <translation>Nenhum registo alterado</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="232"/>
        <source>Switching to the new catalogue…</source>
        <translation>A mudar para o novo catálogo…</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="240"/>
        <source>Catalogue %1 is installed.</source>
        <translation>O catálogo %1 está instalado.</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="261"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="265"/>
        <source>Not imported: %1. Nothing was changed.</source>
        <translation>Não importado: %1. Nada foi alterado.</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="278"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/import_dialog.py" line="278"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../iurc_desktop/ui/list_panel.py" line="56"/>
        <location filename="../iurc_desktop/ui/list_panel.py" line="57"/>
        <source>Filter this list</source>
        <translation>Filtrar esta lista</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/list_panel.py" line="58"/>
        <source>Records</source>
        <translation>Registos</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/list_panel.py" line="65"/>
        <source>A–Z</source>
        <translation>A–Z</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/list_panel.py" line="65"/>
        <source>Z–A</source>
        <translation>Z–A</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/list_panel.py" line="65"/>
        <source>Oldest first</source>
        <translation>Mais antigos primeiro</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/list_panel.py" line="65"/>
        <source>Newest first</source>
        <translation>Mais recentes primeiro</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/list_panel.py" line="60"/>
        <source>Sort order</source>
        <translation>Ordenação</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="163"/>
        <source>IURC Desktop</source>
        <translation>IURC Desktop</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="164"/>
        <source>Back</source>
        <translation>Retroceder</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="165"/>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="166"/>
        <source>Briefing pack…</source>
        <translation>Dossier de visita…</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="167"/>
        <source>Visit plans…</source>
        <translation>Planos de visita…</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="168"/>
        <source>Briefing pack from favourites…</source>
        <translation>Dossier de visita a partir dos favoritos…</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="169"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="170"/>
        <source>About IURC Desktop</source>
        <translation>Acerca do IURC Desktop</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="171"/>
        <source>Import data update…</source>
        <translation>Importar atualização de dados…</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="172"/>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="173"/>
        <source>&amp;Language</source>
        <translation>&amp;Língua</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="174"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="175"/>
        <source>Search places, events, case studies… (Ctrl+K)</source>
        <translation>Pesquisar locais, eventos, estudos de caso… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="176"/>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="178"/>
        <source>Opening the catalogue…</source>
        <translation>A abrir o catálogo…</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="185"/>
        <source>Catalogue %1 of %2</source>
        <translation>Catálogo %1 de %2</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="224"/>
        <source>record removed in catalogue version %1</source>
        <translation>registo removido na versão %1 do catálogo</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="268"/>
        <source>No match for “%1”.</source>
        <translation>Nenhum resultado para “%1”.</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="270"/>
        <source>Did you mean “%1”?</source>
        <translation>Queria dizer “%1”?</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="279"/>
        <source>my note</source>
        <translation>a minha nota</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="319"/>
        <source>Open a place, event, partnership or case study first.</source>
        <translation>Abra primeiro um local, evento, parceria ou estudo de caso.</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="326"/>
        <source>Mark places or case studies as favourites first.</source>
        <translation>Marque primeiro locais ou estudos de caso como favoritos.</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/main_window.py" line="328"/>
        <source>My favourites</source>
        <translation>Os meus favoritos</translation>
    </message>
</context>
<context>
    <name>NavigationPanel</name>
    <message>
        <location filename="../iurc_desktop/ui/navigation.py" line="89"/>
        <source>Places</source>
        <translation>Locais</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/navigation.py" line="90"/>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/navigation.py" line="91"/>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/navigation.py" line="92"/>
        <source>Other regions</source>
        <translation>Outras regiões</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/navigation.py" line="93"/>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/navigation.py" line="94"/>
        <source>Thematic networks</source>
        <translation>Redes temáticas</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/navigation.py" line="95"/>
        <source>Thematic clusters</source>
        <translation>Clusters temáticos</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/navigation.py" line="96"/>
        <source>Cross-cutting challenges</source>
        <translation>Desafios transversais</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/navigation.py" line="97"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/navigation.py" line="98"/>
        <source>Webinars</source>
        <translation>Webinars</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/navigation.py" line="99"/>
        <source>Study visits</source>
        <translation>Visitas de estudo</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/navigation.py" line="100"/>
        <source>Meetings and conferences</source>
        <translation>Reuniões e conferências</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/navigation.py" line="101"/>
        <source>Partnerships</source>
        <translation>Parcerias</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/navigation.py" line="102"/>
        <source>Case studies</source>
        <translation>Estudos de caso</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/navigation.py" line="103"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/navigation.py" line="104"/>
        <source>Programmes</source>
        <translation>Programas</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/navigation.py" line="105"/>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/navigation.py" line="106"/>
        <source>My notes</source>
        <translation>As minhas notas</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/navigation.py" line="110"/>
        <source>Navigation</source>
        <translation>Navegação</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="325"/>
        <source>Preview: %1</source>
        <translation>Pré-visualização: %1</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/briefing_dialog.py" line="333"/>
        <source>Pack preview</source>
        <translation>Pré-visualização do dossier</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="40"/>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="41"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="42"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="43"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="44"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nome do ficheiro:</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="45"/>
        <source>Files of type:</source>
        <translation>Ficheiros do tipo:</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="46"/>
        <source>Look in:</source>
        <translation>Procurar em:</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="47"/>
        <source>All Files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="48"/>
        <source>Back</source>
        <translation>Retroceder</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="49"/>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="50"/>
        <source>Parent Directory</source>
        <translation>Pasta superior</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="51"/>
        <source>Create New Folder</source>
        <translation>Criar nova pasta</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="52"/>
        <source>List View</source>
        <translation>Vista de lista</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="53"/>
        <source>Detail View</source>
        <translation>Vista de detalhes</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="54"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="55"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="56"/>
        <source>Date Modified</source>
        <translation>Data de modificação</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="30"/>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="31"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="32"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="33"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="34"/>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="35"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="36"/>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="12"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="13"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="14"/>
        <source>Save All</source>
        <translation>Guardar tudo</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="15"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="16"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="17"/>
        <source>Yes to &amp;All</source>
        <translation>Sim para &amp;todos</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="18"/>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="19"/>
        <source>N&amp;o to All</source>
        <translation>Nã&amp;o para todos</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="20"/>
        <source>Abort</source>
        <translation>Abortar</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="21"/>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="22"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="23"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="24"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="25"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="26"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="27"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="28"/>
        <source>Reset</source>
        <translation>Repor</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="29"/>
        <source>Restore Defaults</source>
        <translation>Repor predefinições</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="57"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="58"/>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="37"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="38"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar endereço da &amp;ligação</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/qt_strings.py" line="39"/>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="81"/>
        <source>Some text is shown in another language because it is not yet available in this one.</source>
        <translation>Algum texto aparece noutra língua por ainda não estar disponível nesta.</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="109"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="110"/>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="111"/>
        <location filename="../iurc_desktop/ui/record_page.py" line="299"/>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="125"/>
        <source>Part of</source>
        <translation>Pertence a</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="126"/>
        <location filename="../iurc_desktop/ui/record_page.py" line="312"/>
        <source>Programmes</source>
        <translation>Programas</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="127"/>
        <source>Also known as</source>
        <translation>Também conhecido como</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="130"/>
        <location filename="../iurc_desktop/ui/record_page.py" line="171"/>
        <source>Strengths</source>
        <translation>Pontos fortes</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="131"/>
        <source>Cooperation interests</source>
        <translation>Interesses de cooperação</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="139"/>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="143"/>
        <source>Hosts</source>
        <translation>Anfitriões</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="144"/>
        <source>Visiting delegation</source>
        <translation>Delegação visitante</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="145"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="146"/>
        <location filename="../iurc_desktop/ui/record_page.py" line="183"/>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="147"/>
        <location filename="../iurc_desktop/ui/record_page.py" line="321"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="150"/>
        <source>Focus</source>
        <translation>Foco</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="153"/>
        <source>What each place presented</source>
        <translation>O que cada local apresentou</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="158"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="159"/>
        <source>Next steps</source>
        <translation>Próximos passos</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="172"/>
        <source>Challenges</source>
        <translation>Desafios</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="173"/>
        <source>Cooperation areas</source>
        <translation>Áreas de cooperação</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="181"/>
        <location filename="../iurc_desktop/ui/record_page.py" line="198"/>
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="182"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="184"/>
        <location filename="../iurc_desktop/ui/record_page.py" line="315"/>
        <source>Cross-cutting challenges</source>
        <translation>Desafios transversais</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="185"/>
        <source>Keywords</source>
        <translation>Palavras-chave</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="189"/>
        <source>The challenge</source>
        <translation>O desafio</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="190"/>
        <source>The solution</source>
        <translation>A solução</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="191"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="192"/>
        <source>Lessons learned</source>
        <translation>Lições aprendidas</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="199"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="200"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="201"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="203"/>
        <location filename="../iurc_desktop/ui/record_page.py" line="303"/>
        <source>Case study</source>
        <translation>Estudo de caso</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="252"/>
        <source>Editors’ note:</source>
        <translation>Nota dos editores:</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="275"/>
        <source>Key figures</source>
        <translation>Números-chave</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="295"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="296"/>
        <source>Thematic network</source>
        <translation>Rede temática</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="297"/>
        <source>Thematic cluster</source>
        <translation>Cluster temático</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="298"/>
        <source>Cross-cutting challenge</source>
        <translation>Desafio transversal</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="300"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="301"/>
        <source>Contribution</source>
        <translation>Contribuição</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="302"/>
        <source>Partnership</source>
        <translation>Parceria</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="304"/>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="305"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="313"/>
        <source>Thematic networks</source>
        <translation>Redes temáticas</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="314"/>
        <source>Thematic clusters</source>
        <translation>Clusters temáticos</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="316"/>
        <source>Places</source>
        <translation>Locais</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="317"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="318"/>
        <source>Contributions</source>
        <translation>Contribuições</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="319"/>
        <source>Partnerships</source>
        <translation>Parcerias</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="320"/>
        <source>Case studies</source>
        <translation>Estudos de caso</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="243"/>
        <location filename="../iurc_desktop/ui/record_page.py" line="322"/>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="329"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="330"/>
        <source>Province</source>
        <translation>Província</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="331"/>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="332"/>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="333"/>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="334"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/record_page.py" line="335"/>
        <source>New area</source>
        <translation>Nova área</translation>
    </message>
</context>
<context>
    <name>VisitPlanDialog</name>
    <message>
        <location filename="../iurc_desktop/ui/visit_plan_dialog.py" line="48"/>
        <source>Visit plans</source>
        <translation>Planos de visita</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/visit_plan_dialog.py" line="51"/>
        <location filename="../iurc_desktop/ui/visit_plan_dialog.py" line="149"/>
        <source>Visit plan</source>
        <translation>Plano de visita</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/visit_plan_dialog.py" line="55"/>
        <source>Filter places</source>
        <translation>Filtrar locais</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/visit_plan_dialog.py" line="58"/>
        <location filename="../iurc_desktop/ui/visit_plan_dialog.py" line="84"/>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/visit_plan_dialog.py" line="64"/>
        <source>Dates known</source>
        <translation>Datas conhecidas</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/visit_plan_dialog.py" line="72"/>
        <source>One member per line</source>
        <translation>Um membro por linha</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/visit_plan_dialog.py" line="82"/>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/visit_plan_dialog.py" line="83"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/visit_plan_dialog.py" line="86"/>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/visit_plan_dialog.py" line="87"/>
        <source>Purpose</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/visit_plan_dialog.py" line="88"/>
        <source>Delegation</source>
        <translation>Delegação</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/visit_plan_dialog.py" line="89"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/visit_plan_dialog.py" line="91"/>
        <source>Briefing pack…</source>
        <translation>Dossier de visita…</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/visit_plan_dialog.py" line="103"/>
        <source>New visit plan</source>
        <translation>Novo plano de visita</translation>
    </message>
    <message>
        <location filename="../iurc_desktop/ui/visit_plan_dialog.py" line="105"/>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
</context>
</TS>
