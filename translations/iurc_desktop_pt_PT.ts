<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About IURC Desktop</source>
        <translation>Acerca do IURC Desktop</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Versão da aplicação</translation>
    </message>
    <message>
        <source>Catalogue version</source>
        <translation>Versão do catálogo</translation>
    </message>
    <message>
        <source>Catalogue date</source>
        <translation>Data do catálogo</translation>
    </message>
    <message>
        <source>Installed from</source>
        <translation>Instalado a partir de</translation>
    </message>
    <message>
        <source>Installed at</source>
        <translation>Instalado em</translation>
    </message>
    <message>
        <source>Signed by key</source>
        <translation>Assinado pela chave</translation>
    </message>
    <message>
        <source>Previous version kept for rollback</source>
        <translation>Versão anterior guardada para reversão</translation>
    </message>
    <message>
        <source>Offline catalogue of EU–China urban and regional cooperation.</source>
        <translation>Catálogo offline da cooperação urbana e regional UE–China.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenças</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Acerca do Qt</translation>
    </message>
    <message>
        <source>Qt (user interface)</source>
        <translation>Qt (interface gráfica)</translation>
    </message>
    <message>
        <source>Python packages</source>
        <translation>Pacotes Python</translation>
    </message>
    <message>
        <source>Python runtime</source>
        <translation>Ambiente de execução Python</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Tipos de letra</translation>
    </message>
    <message>
        <source>System libraries included in this build</source>
        <translation>Bibliotecas do sistema incluídas nesta versão</translation>
    </message>
    <message>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>IURC Desktop is free software under the %1 licence.</source>
        <translation>O IURC Desktop é software livre, sob a licença %1.</translation>
    </message>
    <message>
        <source>Licence file missing.</source>
        <translation>Falta o ficheiro de licenças.</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Componentes de terceiros</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Licence texts</source>
        <translation>Textos das licenças</translation>
    </message>
    <message>
        <source>the catalogue that comes with the application</source>
        <translation>o catálogo que acompanha a aplicação</translation>
    </message>
    <message>
        <source>data file %1</source>
        <translation>ficheiro de dados %1</translation>
    </message>
    <message>
        <source>none needed (part of the application)</source>
        <translation>não é necessária (faz parte da aplicação)</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Restore this into your data? [y/N] </source>
        <translation>Restaurar isto nos seus dados? [s/N] </translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restaurado.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nada foi restaurado.</translation>
    </message>
    <message>
        <source>Everything in this backup is already here; nothing would change.</source>
        <translation>Tudo o que está nesta cópia de segurança já existe aqui; nada mudaria.</translation>
    </message>
    <message>
        <source>Notes: {added} added, {updated} updated</source>
        <translation>Notas: {added} adicionadas, {updated} atualizadas</translation>
    </message>
    <message>
        <source>Favourites: {added} added</source>
        <translation>Favoritos: {added} acrescentados</translation>
    </message>
    <message>
        <source>Visit plans: {added} added, {updated} updated</source>
        <translation>Planos de visita: {added} acrescentados, {updated} atualizados</translation>
    </message>
    <message>
        <source>Saved briefing packs: {added} added, {updated} updated</source>
        <translation>Dossiers de visita guardados: {added} acrescentados, {updated} atualizados</translation>
    </message>
    <message>
        <source>Settings: {added} added</source>
        <translation>Definições: {added} acrescentadas</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation>Dossier de visita</translation>
    </message>
    <message>
        <source>Briefing pack composer</source>
        <translation>Composição do dossier</translation>
    </message>
    <message>
        <source>Sections and records to include</source>
        <translation>Secções e registos a incluir</translation>
    </message>
    <message>
        <source>Sections and records</source>
        <translation>Secções e registos</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EUA)</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Incluir as minhas notas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Pack language</source>
        <translation>Língua do dossier</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Segunda língua</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualizar</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Em resumo</translation>
    </message>
    <message>
        <source>Host profile</source>
        <translation>Perfil do anfitrião</translation>
    </message>
    <message>
        <source>History of cooperation</source>
        <translation>Historial de cooperação</translation>
    </message>
    <message>
        <source>Partners and places with shared interests</source>
        <translation>Parceiros e locais com interesses comuns</translation>
    </message>
    <message>
        <source>Clusters and cross-cutting challenges</source>
        <translation>Clusters e desafios transversais</translation>
    </message>
    <message>
        <source>People from previous exchanges</source>
        <translation>Pessoas de intercâmbios anteriores</translation>
    </message>
    <message>
        <source>Suggested talking points</source>
        <translation>Pontos de conversa sugeridos</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>As minhas notas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossário</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Save briefing pack</source>
        <translation>Guardar dossier de visita</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>Guardado %1 (%2 páginas).</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Preparing the pack…</source>
        <translation>A preparar o dossier…</translation>
    </message>
    <message>
        <source>The pack could not be made: %1</source>
        <translation>Não foi possível criar o dossier: %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
    </message>
    <message>
        <source>Day-by-day agenda</source>
        <translation>Agenda dia a dia</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recomeçar</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Save as Word…</source>
        <translation>Guardar como Word…</translation>
    </message>
    <message>
        <source>Save pack…</source>
        <translation>Guardar pacote…</translation>
    </message>
    <message>
        <source>Why this visit</source>
        <translation>Porquê esta visita</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Números-chave</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>About the theme</source>
        <translation>Sobre o tema</translation>
    </message>
    <message>
        <source>Webinars and meetings</source>
        <translation>Webinars e reuniões</translation>
    </message>
    <message>
        <source>Member places and what they presented</source>
        <translation>Locais membros e o que apresentaram</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>Casos de estudo</translation>
    </message>
    <message>
        <source>Full dossier</source>
        <translation>Dossier completo</translation>
    </message>
    <message>
        <source>Pocket brief (two pages)</source>
        <translation>Resumo de bolso (duas páginas)</translation>
    </message>
    <message>
        <source>Agenda (day by day, then the stops)</source>
        <translation>Agenda (dia a dia, depois as paragens)</translation>
    </message>
    <message>
        <source>No longer in the catalogue, left out: %1</source>
        <translation>Já não existem no catálogo, ficaram de fora: %1</translation>
    </message>
    <message>
        <source>Your earlier choices for this pack are back.</source>
        <translation>As suas escolhas anteriores para este dossier foram repostas.</translation>
    </message>
    <message>
        <source>Save briefing pack as Word</source>
        <translation>Guardar o dossier como Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos Word (*.docx)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado: %1.</translation>
    </message>
    <message>
        <source>Save pack</source>
        <translation>Guardar pacote</translation>
    </message>
    <message>
        <source>Saved as “%1” in Saved packs.</source>
        <translation>Guardado como «%1» em Pacotes guardados.</translation>
    </message>
    <message>
        <source>Save this pack under a name before closing?</source>
        <translation>Guardar este pacote com um nome antes de fechar?</translation>
    </message>
    <message>
        <source>Your choices are kept until you quit; a saved pack is kept for good.</source>
        <translation>As suas escolhas ficam até sair da aplicação; um pacote guardado fica para sempre.</translation>
    </message>
</context>
<context>
    <name>BriefingLauncher</name>
    <message>
        <source>Open a record first: a pack is made for a record.</source>
        <translation>Abra primeiro um registo: um dossier é criado para um registo.</translation>
    </message>
    <message>
        <source>Packs are made for places, events, partnerships, case studies, networks, clusters and challenges; open one of those (or the place this record belongs to).</source>
        <translation>Os dossiers são criados para locais, eventos, parcerias, casos de estudo, redes, clusters e desafios; abra um destes (ou o local a que este registo pertence).</translation>
    </message>
</context>
<context>
    <name>BugDialog</name>
    <message>
        <source>IURC Desktop: something went wrong</source>
        <translation>IURC Desktop: ocorreu um problema</translation>
    </message>
    <message>
        <source>IURC Desktop hit a problem it did not expect and could not finish.</source>
        <translation>O IURC Desktop encontrou um problema inesperado e não conseguiu terminar.</translation>
    </message>
    <message>
        <source>What failed: %1</source>
        <translation>O que falhou: %1</translation>
    </message>
    <message>
        <source>The details are in the log: %1</source>
        <translation>Os pormenores estão no registo: %1</translation>
    </message>
    <message>
        <source>No log could be written; copy the details below.</source>
        <translation>Não foi possível escrever o registo; copie os pormenores abaixo.</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Pormenores do problema</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar pormenores</translation>
    </message>
</context>
<context>
    <name>DailyUpdateCheck</name>
    <message>
        <source>Catalogue %1 is available: File › Import data update… › Check for updates.</source>
        <translation>O catálogo %1 está disponível: Ficheiro › Importar atualização de dados… › Procurar atualizações.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorito</translation>
    </message>
    <message>
        <source>☆ Add to favourites</source>
        <translation>☆ Adicionar aos favoritos</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <source>Briefing pack…</source>
        <translation>Dossier de visita…</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>As minhas notas</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nova nota</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Choose a record on the left, or search for one.</source>
        <translation>Escolha um registo à esquerda ou pesquise.</translation>
    </message>
    <message>
        <source>Only places, partnerships and events are on the map; open one of those from this page.</source>
        <translation>Só os locais, parcerias e eventos aparecem no mapa; abra um destes a partir desta página.</translation>
    </message>
    <message>
        <source>This record is not in the current catalogue.</source>
        <translation>Este registo não existe no catálogo atual.</translation>
    </message>
    <message>
        <source>“%1” was removed in catalogue version %2. Your notes on it are kept below.</source>
        <translation>«%1» foi removido na versão %2 do catálogo. As suas notas sobre ele continuam abaixo.</translation>
    </message>
    <message>
        <source>Write a note on this record… (Ctrl+Enter adds it)</source>
        <translation>Escreva uma nota sobre este registo… (Ctrl+Enter acrescenta-a)</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>Nota eliminada.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>%1, edited %2</source>
        <translation>%1, editada a %2</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Mostrar no mapa</translation>
    </message>
    <message>
        <source>My notes: none on this record yet; write one below.</source>
        <translation>As minhas notas: ainda não há nenhuma neste registo; escreva uma abaixo.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong inside IURC Desktop. Details are in the log: {log}</source>
        <translation>Ocorreu um problema interno no IURC Desktop. Os pormenores estão no registo: {log}</translation>
    </message>
    <message>
        <source>There is no record “{kind}:{id}” in this catalogue.</source>
        <translation>Não existe o registo «{kind}:{id}» neste catálogo.</translation>
    </message>
    <message>
        <source>Something went wrong inside IURC Desktop, and its log could not be written either.</source>
        <translation>Ocorreu um problema interno no IURC Desktop e também não foi possível escrever o registo.</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Recusado: {reason}</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} não existe.</translation>
    </message>
    <message>
        <source>IURC Desktop is not allowed to read or write {path}.</source>
        <translation>O IURC Desktop não tem permissão para ler ou escrever {path}.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: free some space and try again.</source>
        <translation>O disco onde está {path} está cheio: liberte algum espaço e tente de novo.</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk.</source>
        <translation>{path} está num disco só de leitura.</translation>
    </message>
    <message>
        <source>{path} cannot be read or written (system error {code}).</source>
        <translation>Não é possível ler ou escrever {path} (erro do sistema {code}).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: create it first or choose another place.</source>
        <translation>A pasta {folder} não existe: crie-a primeiro ou escolha outro local.</translation>
    </message>
    <message>
        <source>IURC Desktop cannot write in {folder}: choose another folder.</source>
        <translation>O IURC Desktop não consegue escrever em {folder}: escolha outra pasta.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of a file.</source>
        <translation>{path} é uma pasta: indique o nome de um ficheiro.</translation>
    </message>
    <message>
        <source>{path} exists already: choose a new file.</source>
        <translation>{path} já existe: escolha um ficheiro novo.</translation>
    </message>
    <message>
        <source>The command line holds text that is not valid UTF-8: {arg}</source>
        <translation>A linha de comandos contém texto que não é UTF-8 válido: {arg}</translation>
    </message>
    <message>
        <source>Missing on the command line: {names}. See “iurc-desktop --help”.</source>
        <translation>Falta na linha de comandos: {names}. Consulte «iurc-desktop --help».</translation>
    </message>
    <message>
        <source>Not understood on the command line: {args}. See “iurc-desktop --help”.</source>
        <translation>Não compreendido na linha de comandos: {args}. Consulte «iurc-desktop --help».</translation>
    </message>
    <message>
        <source>“{value}” is not a choice for {argument}; choose one of: {choices}.</source>
        <translation>«{value}» não é uma opção de {argument}; escolha uma de: {choices}.</translation>
    </message>
    <message>
        <source>{argument} needs a value.</source>
        <translation>{argument} precisa de um valor.</translation>
    </message>
    <message>
        <source>{argument} cannot be used together with {other}.</source>
        <translation>{argument} não pode ser usado juntamente com {other}.</translation>
    </message>
    <message>
        <source>One of {names} is needed.</source>
        <translation>É necessário um de {names}.</translation>
    </message>
    <message>
        <source>The command line is not right: “{detail}”. See “iurc-desktop --help”.</source>
        <translation>A linha de comandos não está correta: «{detail}». Consulte «iurc-desktop --help».</translation>
    </message>
    <message>
        <source>“{value}” is not a language of IURC Desktop: use en, zh or pt.</source>
        <translation>«{value}» não é uma língua do IURC Desktop: use en, zh ou pt.</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of record; use one of: {choices}.</source>
        <translation>«{value}» não é um tipo de registo; use um de: {choices}.</translation>
    </message>
    <message>
        <source>{argument} takes a whole number from 0 to {maximum}, not “{value}”.</source>
        <translation>{argument} aceita um número inteiro de 0 a {maximum}, não «{value}».</translation>
    </message>
    <message>
        <source>“{url}” is not a web address IURC Desktop can use: give an http:// or https:// address.</source>
        <translation>«{url}» não é um endereço web que o IURC Desktop possa usar: indique um endereço http:// ou https://.</translation>
    </message>
    <message>
        <source>The output file must end in .pdf: {path}</source>
        <translation>O ficheiro de saída tem de terminar em .pdf: {path}</translation>
    </message>
    <message>
        <source>A data bundle must be signed: give the private key with --key KEYFILE.</source>
        <translation>Um pacote de dados tem de ser assinado: indique a chave privada com --key FICHEIRO.</translation>
    </message>
    <message>
        <source>Not built: the source has {count} problem(s), listed above.</source>
        <translation>Não foi gerado: a fonte tem {count} problema(s), indicados acima.</translation>
    </message>
    <message>
        <source>The source has no [catalogue] version: give one with --version.</source>
        <translation>A fonte não tem versão em [catalogue]: indique uma com --version.</translation>
    </message>
    <message>
        <source>Not applied: confirm with --yes when not running interactively. Nothing was changed.</source>
        <translation>Não aplicada: confirme com --yes quando não estiver em modo interativo. Nada foi alterado.</translation>
    </message>
    <message>
        <source>There is no update channel yet: give one with --channel URL (it is then remembered).</source>
        <translation>Ainda não há canal de atualizações: indique um com --channel URL (fica memorizado).</translation>
    </message>
    <message>
        <source>This update is signed by a key this installation does not trust ({key}): trust the publisher first.</source>
        <translation>Esta atualização está assinada por uma chave em que esta instalação não confia ({key}): confie primeiro no editor.</translation>
    </message>
    <message>
        <source>The font {font} is missing (looked in {folders}): reinstall IURC Desktop.</source>
        <translation>Falta o tipo de letra {font} (procurado em {folders}): reinstale o IURC Desktop.</translation>
    </message>
    <message>
        <source>The font file {path} cannot be used: reinstall IURC Desktop.</source>
        <translation>O ficheiro de tipo de letra {path} não pode ser usado: reinstale o IURC Desktop.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a data bundle.</source>
        <translation>{name} é uma pasta, não um pacote de dados.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read ({code}).</source>
        <translation>Não é possível ler o ficheiro {name} ({code}).</translation>
    </message>
    <message>
        <source>{name} is empty: it is not a data bundle.</source>
        <translation>{name} está vazio: não é um pacote de dados.</translation>
    </message>
    <message>
        <source>{name} is not an IURC data bundle, or it is truncated or damaged.</source>
        <translation>{name} não é um pacote de dados IURC, ou está truncado ou danificado.</translation>
    </message>
    <message>
        <source>The bundle holds {count} files; a data bundle holds 3. Refused.</source>
        <translation>O pacote contém {count} ficheiros; um pacote de dados contém 3. Recusado.</translation>
    </message>
    <message>
        <source>The bundle holds a file with an unsafe name ({member}). Refused.</source>
        <translation>O pacote contém um ficheiro com um nome inseguro ({member}). Recusado.</translation>
    </message>
    <message>
        <source>The bundle holds an unexpected file ({member}). Refused.</source>
        <translation>O pacote contém um ficheiro inesperado ({member}). Recusado.</translation>
    </message>
    <message>
        <source>The bundle holds {member} twice. Refused.</source>
        <translation>O pacote contém {member} duas vezes. Recusado.</translation>
    </message>
    <message>
        <source>{member} in the bundle is too large ({size} bytes). Refused.</source>
        <translation>{member} no pacote é demasiado grande ({size} bytes). Recusado.</translation>
    </message>
    <message>
        <source>{member} in the bundle expands {ratio} times, like a zip bomb. Refused.</source>
        <translation>{member} no pacote expande {ratio} vezes, como uma bomba zip. Recusado.</translation>
    </message>
    <message>
        <source>{member} in the bundle is encrypted. Refused.</source>
        <translation>{member} no pacote está cifrado. Recusado.</translation>
    </message>
    <message>
        <source>{member} in the bundle uses an unknown compression method ({method}). Refused.</source>
        <translation>{member} no pacote usa um método de compressão desconhecido ({method}). Recusado.</translation>
    </message>
    <message>
        <source>{member} in the bundle is larger than it declares. Refused.</source>
        <translation>{member} no pacote é maior do que declara. Recusado.</translation>
    </message>
    <message>
        <source>{name} is truncated or damaged: {member} cannot be read.</source>
        <translation>{name} está truncado ou danificado: não é possível ler {member}.</translation>
    </message>
    <message>
        <source>The bundle has no manifest: it is not an IURC data bundle.</source>
        <translation>O pacote não tem manifesto: não é um pacote de dados IURC.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is unreadable. Refused.</source>
        <translation>O manifesto do pacote é ilegível. Recusado.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest has an invalid value for “{field}”. Refused.</source>
        <translation>O manifesto do pacote tem um valor inválido em «{field}». Recusado.</translation>
    </message>
    <message>
        <source>The bundle&apos;s catalogue version is not a valid version (digits separated by dots). Refused.</source>
        <translation>A versão do catálogo do pacote não é válida (algarismos separados por pontos). Recusado.</translation>
    </message>
    <message>
        <source>The bundle is not signed. Refused.</source>
        <translation>O pacote não está assinado. Recusado.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is unreadable. Refused.</source>
        <translation>A assinatura do pacote é ilegível. Recusado.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature uses an unsupported algorithm. Refused.</source>
        <translation>A assinatura do pacote usa um algoritmo não suportado. Recusado.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match: it was altered or signed with another key.</source>
        <translation>A assinatura do pacote não corresponde: foi alterado ou assinado com outra chave.</translation>
    </message>
    <message>
        <source>The bundle uses data format {format}, newer than this app knows ({known}). Update IURC Desktop first.</source>
        <translation>O pacote usa o formato de dados {format}, mais recente do que esta aplicação conhece ({known}). Atualize primeiro o IURC Desktop.</translation>
    </message>
    <message>
        <source>The bundle needs IURC Desktop {needed} or later (this is {current}).</source>
        <translation>O pacote precisa do IURC Desktop {needed} ou posterior (esta é a {current}).</translation>
    </message>
    <message>
        <source>The bundle holds no records. Refused.</source>
        <translation>O pacote não contém registos. Recusado.</translation>
    </message>
    <message>
        <source>The bundle&apos;s records do not match the manifest&apos;s hash: the bundle was altered or damaged.</source>
        <translation>Os registos do pacote não correspondem ao hash do manifesto: o pacote foi alterado ou está danificado.</translation>
    </message>
    <message>
        <source>Record line {line} of the bundle is not valid UTF-8. Refused.</source>
        <translation>A linha de registo {line} do pacote não é UTF-8 válido. Recusado.</translation>
    </message>
    <message>
        <source>Record line {line} of the bundle is not a valid record. Refused.</source>
        <translation>A linha {line} do pacote não é um registo válido. Recusado.</translation>
    </message>
    <message>
        <source>Record line {line} of the bundle has an invalid field “{field}”. Refused.</source>
        <translation>A linha de registo {line} do pacote tem um campo inválido, «{field}». Recusado.</translation>
    </message>
    <message>
        <source>Record line {line} of the bundle is longer than {limit} bytes. Refused.</source>
        <translation>A linha de registo {line} do pacote tem mais de {limit} bytes. Recusado.</translation>
    </message>
    <message>
        <source>The bundle&apos;s records refer to a record it does not hold ({source} → {target}). Refused.</source>
        <translation>Os registos do pacote referem um registo que este não contém ({source} → {target}). Recusado.</translation>
    </message>
    <message>
        <source>The bundle holds a record twice. Refused.</source>
        <translation>O pacote contém um registo duas vezes. Recusado.</translation>
    </message>
    <message>
        <source>The bundle&apos;s record counts do not match its manifest. Refused.</source>
        <translation>As contagens de registos do pacote não correspondem ao manifesto. Recusado.</translation>
    </message>
    <message>
        <source>The bundle holds catalogue {version}, which is not newer than the installed {installed}.</source>
        <translation>O pacote contém o catálogo {version}, que não é mais recente do que o instalado, {installed}.</translation>
    </message>
    <message>
        <source>There is no previous catalogue to go back to.</source>
        <translation>Não há nenhum catálogo anterior para repor.</translation>
    </message>
    <message>
        <source>The catalogue file {name} is missing. Nothing was changed.</source>
        <translation>Falta o ficheiro de catálogo {name}. Nada foi alterado.</translation>
    </message>
    <message>
        <source>There is not enough free space on the disk holding {path} (or the disk failed). Nothing was changed.</source>
        <translation>Não há espaço livre suficiente no disco de {path} (ou o disco falhou). Nada foi alterado.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written. Nothing was changed.</source>
        <translation>Não é possível escrever na pasta {path}. Nada foi alterado.</translation>
    </message>
    <message>
        <source>IURC Desktop is busy with the data folder {path} (a window or another command is using it). Close it or try again in a moment.</source>
        <translation>O IURC Desktop está ocupado com a pasta de dados {path} (uma janela ou outro comando está a usá-la). Feche-a ou tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>The data in {path} stayed locked by another program. Nothing was changed; try again in a moment.</source>
        <translation>Os dados em {path} continuaram bloqueados por outro programa. Nada foi alterado; tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>The catalogue source has {count} problems; the first is in {file}. Nothing was built.</source>
        <translation>A origem do catálogo tem {count} problemas; o primeiro está em {file}. Nada foi gerado.</translation>
    </message>
    <message>
        <source>The catalogue database was damaged. It was kept as {name}, and the catalogue shipped with the app was installed again.</source>
        <translation>A base de dados do catálogo estava danificada. Foi guardada como {name} e o catálogo que acompanha a aplicação foi instalado de novo.</translation>
    </message>
    <message>
        <source>Your user database (notes, favourites, plans) was damaged. It was kept as {name}, and IURC Desktop started with an empty one.</source>
        <translation>A sua base de dados de utilizador (notas, favoritos, planos) estava danificada. Foi guardada como {name} e o IURC Desktop arrancou com uma vazia.</translation>
    </message>
    <message>
        <source>{name} is damaged: SQLite&apos;s check reports “{detail}”.</source>
        <translation>{name} está danificado: a verificação do SQLite indica «{detail}».</translation>
    </message>
    <message>
        <source>No catalogue is installed.</source>
        <translation>Não há nenhum catálogo instalado.</translation>
    </message>
    <message>
        <source>Catalogue {version} carries no signature. Import a signed data bundle.</source>
        <translation>O catálogo {version} não tem assinatura. Importe um pacote de dados assinado.</translation>
    </message>
    <message>
        <source>The installed catalogue&apos;s signature does not check out. Import the data bundle again.</source>
        <translation>A assinatura do catálogo instalado não se confirma. Importe de novo o pacote de dados.</translation>
    </message>
    <message>
        <source>The installed catalogue is signed by a key this installation does not trust (unknown key {key}).</source>
        <translation>O catálogo instalado está assinado por uma chave em que esta instalação não confia (chave desconhecida {key}).</translation>
    </message>
    <message>
        <source>The installed catalogue says {version}, but its signed manifest says {signed}.</source>
        <translation>O catálogo instalado indica {version}, mas o manifesto assinado indica {signed}.</translation>
    </message>
    <message>
        <source>Catalogue {version} differs from what was signed: it was changed after it was installed. Import the data bundle again, or roll back.</source>
        <translation>O catálogo {version} difere do que foi assinado: foi alterado depois de instalado. Importe de novo o pacote de dados ou reponha o anterior.</translation>
    </message>
    <message>
        <source>The catalogue shipped with this application has {count} problems.</source>
        <translation>O catálogo que acompanha esta aplicação tem {count} problemas.</translation>
    </message>
    <message>
        <source>{path} exists already; keys are never overwritten.</source>
        <translation>{path} já existe; as chaves nunca são substituídas.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read ({code}).</source>
        <translation>Não é possível ler o ficheiro de chave {path} ({code}).</translation>
    </message>
    <message>
        <source>{path} is not an unencrypted PEM private key.</source>
        <translation>{path} não é uma chave privada PEM sem cifra.</translation>
    </message>
    <message>
        <source>{path} is not a PEM public key.</source>
        <translation>{path} não é uma chave pública PEM.</translation>
    </message>
    <message>
        <source>{path} is not an Ed25519 key.</source>
        <translation>{path} não é uma chave Ed25519.</translation>
    </message>
    <message>
        <source>There is no catalogue at {path}.</source>
        <translation>Não há nenhum catálogo em {path}.</translation>
    </message>
    <message>
        <source>{path} is not an IURC catalogue database.</source>
        <translation>{path} não é uma base de dados de catálogo IURC.</translation>
    </message>
    <message>
        <source>{path} is not an IURC user database.</source>
        <translation>{path} não é uma base de dados de utilizador IURC.</translation>
    </message>
    <message>
        <source>{path} was written by a newer IURC Desktop (schema {version}). Update the app.</source>
        <translation>{path} foi escrito por uma versão mais recente do IURC Desktop (esquema {version}). Atualize a aplicação.</translation>
    </message>
    <message>
        <source>The catalogue source folder {path} was not found.</source>
        <translation>A pasta de origem do catálogo {path} não foi encontrada.</translation>
    </message>
    <message>
        <source>The catalogue&apos;s records refer to a record it does not hold ({source} → {target}).</source>
        <translation>Os registos do catálogo referem um registo que este não contém ({source} → {target}).</translation>
    </message>
    <message>
        <source>There are no .toml files in {path}.</source>
        <translation>Não há ficheiros .toml em {path}.</translation>
    </message>
    <message>
        <source>An update channel must be an http or https address, not {url}.</source>
        <translation>Um canal de atualizações tem de ser um endereço http ou https, não {url}.</translation>
    </message>
    <message>
        <source>{url} is not a valid web address.</source>
        <translation>{url} não é um endereço web válido.</translation>
    </message>
    <message>
        <source>The update server answered with status {status} for {url}.</source>
        <translation>O servidor de atualizações respondeu com o estado {status} para {url}.</translation>
    </message>
    <message>
        <source>The update server did not answer within {seconds} seconds.</source>
        <translation>O servidor de atualizações não respondeu em {seconds} segundos.</translation>
    </message>
    <message>
        <source>The update server {host} cannot be reached.</source>
        <translation>Não é possível contactar o servidor de atualizações {host}.</translation>
    </message>
    <message>
        <source>The update server {host} did not present a certificate this computer trusts. Refused.</source>
        <translation>O servidor de atualizações {host} não apresentou um certificado em que este computador confie. Recusado.</translation>
    </message>
    <message>
        <source>The update server is too slow (more than {seconds} seconds). Try again later.</source>
        <translation>O servidor de atualizações é demasiado lento (mais de {seconds} segundos). Tente mais tarde.</translation>
    </message>
    <message>
        <source>The update server&apos;s answer was cut off or malformed.</source>
        <translation>A resposta do servidor de atualizações ficou cortada ou está malformada.</translation>
    </message>
    <message>
        <source>The update feed is larger than {limit} bytes. Refused.</source>
        <translation>O feed de atualizações tem mais de {limit} bytes. Recusado.</translation>
    </message>
    <message>
        <source>The update feed is not in the expected format.</source>
        <translation>O feed de atualizações não está no formato esperado.</translation>
    </message>
    <message>
        <source>The download is larger than any data bundle ({limit} bytes). It was stopped.</source>
        <translation>A transferência é maior do que qualquer pacote de dados ({limit} bytes). Foi interrompida.</translation>
    </message>
    <message>
        <source>The downloaded file does not match the feed&apos;s hash: it was altered or cut short.</source>
        <translation>O ficheiro transferido não corresponde ao hash do feed: foi alterado ou ficou incompleto.</translation>
    </message>
    <message>
        <source>There is no visit plan with the id {id}.</source>
        <translation>Não existe nenhum plano de visita com o id {id}.</translation>
    </message>
    <message>
        <source>A stop is a place or an event; “{target}” is neither.</source>
        <translation>Uma paragem é um local ou um evento; “{target}” não é nenhum dos dois.</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“{value}” não é uma data; escreva-a como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>“{value}” is not a time of day; write it as HH:MM.</source>
        <translation>“{value}” não é uma hora; escreva-a como HH:MM.</translation>
    </message>
    <message>
        <source>The stop would end ({end}) before it starts ({start}).</source>
        <translation>A paragem terminaria ({end}) antes de começar ({start}).</translation>
    </message>
    <message>
        <source>A stop with a time needs a date too.</source>
        <translation>Uma paragem com hora precisa também de uma data.</translation>
    </message>
    <message>
        <source>“{file}” cannot be read. Nothing was changed.</source>
        <translation>Não é possível ler “{file}”. Nada foi alterado.</translation>
    </message>
    <message>
        <source>“{file}” could not be written. Nothing was changed.</source>
        <translation>Não foi possível gravar “{file}”. Nada foi alterado.</translation>
    </message>
    <message>
        <source>“{file}” is too large for a plan file ({limit} bytes at most). Nothing was imported.</source>
        <translation>“{file}” é demasiado grande para um ficheiro de plano ({limit} bytes no máximo). Nada foi importado.</translation>
    </message>
    <message>
        <source>“{file}” is not UTF-8 text, so it is not a plan file. Nothing was imported.</source>
        <translation>“{file}” não é texto UTF-8, pelo que não é um ficheiro de plano. Nada foi importado.</translation>
    </message>
    <message>
        <source>“{file}” is not an IURC Desktop plan file, or it is damaged. Nothing was imported.</source>
        <translation>“{file}” não é um ficheiro de plano do IURC Desktop, ou está danificado. Nada foi importado.</translation>
    </message>
    <message>
        <source>“{file}” is nested more deeply than a plan file can be. Nothing was imported.</source>
        <translation>“{file}” tem mais níveis de encaixe do que um ficheiro de plano pode ter. Nada foi importado.</translation>
    </message>
    <message>
        <source>“{file}” was written by a newer IURC Desktop (plan format {version}); update the app to import it.</source>
        <translation>“{file}” foi escrito por uma versão mais recente do IURC Desktop (formato de plano {version}); atualize a aplicação para o importar.</translation>
    </message>
    <message>
        <source>“{file}” is damaged: the value at {where} is not valid. Nothing was imported.</source>
        <translation>“{file}” está danificado: o valor em {where} não é válido. Nada foi importado.</translation>
    </message>
    <message>
        <source>“{file}” is too large for a backup of your data ({limit} bytes at most). Nothing was restored.</source>
        <translation>“{file}” é demasiado grande para uma cópia de segurança dos seus dados ({limit} bytes no máximo). Nada foi restaurado.</translation>
    </message>
    <message>
        <source>“{file}” is not a backup of IURC Desktop data, or it is damaged. Nothing was restored.</source>
        <translation>“{file}” não é uma cópia de segurança de dados do IURC Desktop, ou está danificado. Nada foi restaurado.</translation>
    </message>
    <message>
        <source>“{file}” was made by a newer IURC Desktop (data version {version}); update the app to restore it.</source>
        <translation>“{file}” foi feito por uma versão mais recente do IURC Desktop (versão de dados {version}); atualize a aplicação para o restaurar.</translation>
    </message>
    <message>
        <source>“{file}” is the live data file itself; choose another file.</source>
        <translation>“{file}” é o próprio ficheiro de dados em uso; escolha outro ficheiro.</translation>
    </message>
    <message>
        <source>Nothing was restored: confirm with --yes when not running interactively.</source>
        <translation>Nada foi restaurado: confirme com --yes quando não estiver em modo interativo.</translation>
    </message>
    <message>
        <source>The map file {path} must end in .svg, .png or .pdf.</source>
        <translation>O ficheiro do mapa {path} tem de terminar em .svg, .png ou .pdf.</translation>
    </message>
    <message>
        <source>The map could not be written to {path}: {reason}</source>
        <translation>Não foi possível guardar o mapa em {path}: {reason}</translation>
    </message>
    <message>
        <source>A pack is a .pdf or .docx file named to match --format: {path}</source>
        <translation>Um dossier é um ficheiro .pdf ou .docx com nome de acordo com --format: {path}</translation>
    </message>
    <message>
        <source>The agenda form is made from a visit plan: give --plan ID.</source>
        <translation>O formato de agenda é criado a partir de um plano de visita: indique --plan ID.</translation>
    </message>
</context>
<context>
    <name>FacetBar</name>
    <message>
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Todos os programas</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos os anos</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Todos os locais</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <source>EU–China pairs</source>
        <translation>Pares UE–China</translation>
    </message>
    <message>
        <source>Other pairs</source>
        <translation>Outros pares</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>IURC Desktop — User guide</source>
        <translation>IURC Desktop — Guia do utilizador</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Pesquisar no guia</translation>
    </message>
    <message>
        <source>Sections of the guide</source>
        <translation>Secções do guia</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Texto do guia</translation>
    </message>
    <message>
        <source>No section of the guide mentions “%1”. Try fewer or other words.</source>
        <translation>Nenhuma secção do guia menciona “%1”. Experimente menos palavras ou outras.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import data update</source>
        <translation>Importar atualização de dados</translation>
    </message>
    <message>
        <source>Choose a data file…</source>
        <translation>Escolher um ficheiro de dados…</translation>
    </message>
    <message>
        <source>or drop a .iurcdata file here</source>
        <translation>ou largue aqui um ficheiro .iurcdata</translation>
    </message>
    <message>
        <source>Update channel address (https://…/feed.json)</source>
        <translation>Endereço do canal de atualizações (https://…/feed.json)</translation>
    </message>
    <message>
        <source>Update channel address</source>
        <translation>Endereço do canal de atualizações</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Procurar atualizações</translation>
    </message>
    <message>
        <source>Check once a day when the app starts</source>
        <translation>Procurar uma vez por dia ao iniciar a aplicação</translation>
    </message>
    <message>
        <source>Importing the update: %1 %</source>
        <translation>A importar a atualização: %1 %</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>What the update changes</source>
        <translation>O que a atualização altera</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>Aplicar atualização</translation>
    </message>
    <message>
        <source>Install anyway</source>
        <translation>Instalar mesmo assim</translation>
    </message>
    <message>
        <source>Go back to the previous catalogue</source>
        <translation>Voltar ao catálogo anterior</translation>
    </message>
    <message>
        <source>Trust this publisher…</source>
        <translation>Confiar neste editor…</translation>
    </message>
    <message>
        <source>Installed catalogue: %1 (%2).</source>
        <translation>Catálogo instalado: %1 (%2).</translation>
    </message>
    <message>
        <source>Previous catalogue kept for rollback: %1.</source>
        <translation>Catálogo anterior guardado para reposição: %1.</translation>
    </message>
    <message>
        <source>Choose a data update</source>
        <translation>Escolher uma atualização de dados</translation>
    </message>
    <message>
        <source>IURC data (*.iurcdata)</source>
        <translation>Dados IURC (*.iurcdata)</translation>
    </message>
    <message>
        <source>Enter the address of the programme&apos;s update channel first.</source>
        <translation>Introduza primeiro o endereço do canal de atualizações do programa.</translation>
    </message>
    <message>
        <source>Checking the signature and reading the update…</source>
        <translation>A verificar a assinatura e a ler a atualização…</translation>
    </message>
    <message>
        <source>Up to date: the channel offers %1, the installed catalogue is %2.</source>
        <translation>Atualizado: o canal oferece a %1 e o catálogo instalado é a %2.</translation>
    </message>
    <message>
        <source>Not installed: %1</source>
        <translation>Não instalado: %1</translation>
    </message>
    <message>
        <source>Catalogue %1 of %2, signed by key %3. Nothing changes until you apply it.</source>
        <translation>Catálogo %1 de %2, assinado pela chave %3. Nada muda enquanto não o aplicar.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>adicionado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterado</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionados</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterados</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removidos</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… e mais %1</translation>
    </message>
    <message>
        <source>No record changes</source>
        <translation>Nenhum registo alterado</translation>
    </message>
    <message>
        <source>Switching to the new catalogue…</source>
        <translation>A mudar para o novo catálogo…</translation>
    </message>
    <message>
        <source>Catalogue %1 is installed.</source>
        <translation>O catálogo %1 está instalado.</translation>
    </message>
    <message>
        <source>The publisher&apos;s public key</source>
        <translation>A chave pública do editor</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Chaves públicas (*.pub)</translation>
    </message>
    <message>
        <source>The key %1 is not the one this update is signed with (%2). Nothing was trusted.</source>
        <translation>A chave %1 não é a que assinou esta atualização (%2). Nada foi marcado como fidedigno.</translation>
    </message>
    <message>
        <source>Trust the publisher key %1?

Fingerprint:
%2

Compare it with the fingerprint the programme published. Updates signed with this key will then be accepted.</source>
        <translation>Confiar na chave do editor %1?

Impressão digital:
%2

Compare-a com a impressão digital publicada pelo programa. As atualizações assinadas com esta chave passam a ser aceites.</translation>
    </message>
    <message>
        <source>Trust this publisher</source>
        <translation>Confiar neste editor</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Not imported: %1 Nothing was changed.</source>
        <translation>Não importado: %1 Nada foi alterado.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Filter this list</source>
        <translation>Filtrar esta lista</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registos</translation>
    </message>
    <message>
        <source>Search results are in order of relevance; clear the search box to filter or sort the list.</source>
        <translation>Os resultados da pesquisa estão por ordem de relevância; limpe a caixa de pesquisa para filtrar ou ordenar a lista.</translation>
    </message>
    <message>
        <source>A–Z</source>
        <translation>A–Z</translation>
    </message>
    <message>
        <source>Z–A</source>
        <translation>Z–A</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Mais antigos primeiro</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Mais recentes primeiro</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Ordenação</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Registos: %1</translation>
    </message>
    <message>
        <source>Records: %1 of %2</source>
        <translation>Registos: %1 de %2</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Ainda não há nada aqui.</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Clear the filter text or choose “Clear filters”.</source>
        <translation>Nada corresponde a estes filtros. Apague o texto do filtro ou escolha «Limpar filtros».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IURC Desktop</source>
        <translation>IURC Desktop</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retroceder</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Briefing pack…</source>
        <translation>Dossier de visita…</translation>
    </message>
    <message>
        <source>Visit plans…</source>
        <translation>Planos de visita…</translation>
    </message>
    <message>
        <source>Briefing pack from favourites…</source>
        <translation>Dossier de visita a partir dos favoritos…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>About IURC Desktop</source>
        <translation>Acerca do IURC Desktop</translation>
    </message>
    <message>
        <source>Import data update…</source>
        <translation>Importar atualização de dados…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Língua</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Search places, events, case studies… (Ctrl+K)</source>
        <translation>Pesquisar locais, eventos, estudos de caso… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>A abrir o catálogo…</translation>
    </message>
    <message>
        <source>Catalogue %1 of %2</source>
        <translation>Catálogo %1 de %2</translation>
    </message>
    <message>
        <source>record removed in catalogue version %1</source>
        <translation>registo removido na versão %1 do catálogo</translation>
    </message>
    <message>
        <source>my note</source>
        <translation>a minha nota</translation>
    </message>
    <message>
        <source>Mark places or case studies as favourites first.</source>
        <translation>Marque primeiro locais ou estudos de caso como favoritos.</translation>
    </message>
    <message>
        <source>My favourites</source>
        <translation>Os meus favoritos</translation>
    </message>
    <message>
        <source>No favourites yet: ☆ Add to favourites on any page.</source>
        <translation>Ainda sem favoritos: ☆ Adicionar aos favoritos em qualquer página.</translation>
    </message>
    <message>
        <source>No notes yet: write one under any record&apos;s page.</source>
        <translation>Ainda sem notas: escreva uma por baixo da página de qualquer registo.</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Mostrar no mapa</translation>
    </message>
    <message>
        <source>The open place, partnership or event on the map (Ctrl+M)</source>
        <translation>O local, a parceria ou o evento aberto, no mapa (Ctrl+M)</translation>
    </message>
    <message>
        <source>Open a place, partnership or event first.</source>
        <translation>Abra primeiro um local, uma parceria ou um evento.</translation>
    </message>
    <message>
        <source>Saved packs…</source>
        <translation>Pacotes guardados…</translation>
    </message>
    <message>
        <source>Make a briefing pack for this record (Ctrl+P)</source>
        <translation>Criar um dossier de visita para este registo (Ctrl+P)</translation>
    </message>
    <message>
        <source>Open a place, event, partnership, case study, network, cluster or challenge first.</source>
        <translation>Abra primeiro um local, evento, parceria, caso de estudo, rede, cluster ou desafio.</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Outras regiões</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Parceria</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Percurso</translation>
    </message>
    <message>
        <source>Land and sea only; no borders are drawn. Natural Earth.</source>
        <translation>Apenas terra e mar; não são desenhadas fronteiras. Natural Earth.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Places on the map: %1</source>
        <translation>Locais no mapa: %1</translation>
    </message>
    <message>
        <source>Places and partnerships</source>
        <translation>Locais e parcerias</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Locais</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Parcerias</translation>
    </message>
    <message>
        <source>Places of events</source>
        <translation>Locais de eventos</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Todos os programas</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos os anos</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar tudo</translation>
    </message>
    <message>
        <source>Frame the whole map again (0)</source>
        <translation>Voltar a enquadrar o mapa inteiro (0)</translation>
    </message>
    <message>
        <source>What to show</source>
        <translation>O que mostrar</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Tab moves through the places in view, Enter opens one; + and − zoom, arrows pan.</source>
        <translation>A tecla Tab percorre os locais visíveis e Enter abre um; + e − ampliam e reduzem, as setas deslocam o mapa.</translation>
    </message>
    <message>
        <source>Land and sea only; no borders are drawn. Natural Earth.</source>
        <translation>Apenas terra e mar; não são desenhadas fronteiras. Natural Earth.</translation>
    </message>
</context>
<context>
    <name>NavigationPanel</name>
    <message>
        <source>Places</source>
        <translation>Locais</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Other regions</source>
        <translation>Outras regiões</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Thematic networks</source>
        <translation>Redes temáticas</translation>
    </message>
    <message>
        <source>Thematic clusters</source>
        <translation>Clusters temáticos</translation>
    </message>
    <message>
        <source>Cross-cutting challenges</source>
        <translation>Desafios transversais</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Webinars</translation>
    </message>
    <message>
        <source>Study visits</source>
        <translation>Visitas de estudo</translation>
    </message>
    <message>
        <source>Meetings and conferences</source>
        <translation>Reuniões e conferências</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Parcerias</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>Estudos de caso</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>As minhas notas</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegação</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizações</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Pré-visualização: %1</translation>
    </message>
    <message>
        <source>Pack preview</source>
        <translation>Pré-visualização do dossier</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número da página</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar à largura</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Ajustar à página</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página seguinte</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <source>not in your catalogue ({name})</source>
        <translation>não existe no seu catálogo ({name})</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegação</translation>
    </message>
    <message>
        <source>Brief on</source>
        <translation>A preparar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Paragens</translation>
    </message>
    <message>
        <source>date not set</source>
        <translation>data por definir</translation>
    </message>
    <message>
        <source>No stops yet.</source>
        <translation>Ainda sem paragens.</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>Plano de visita</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>hora local</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>A mesma da interface</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EUA)</translation>
    </message>
    <message>
        <source>Include my notes in packs</source>
        <translation>Incluir as minhas notas nos dossiers</translation>
    </message>
    <message>
        <source>https://… (ask whoever publishes your updates)</source>
        <translation>https://… (pergunte a quem publica as suas atualizações)</translation>
    </message>
    <message>
        <source>Check once a day when the app starts</source>
        <translation>Verificar uma vez por dia ao iniciar a aplicação</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Língua da interface</translation>
    </message>
    <message>
        <source>Pack language</source>
        <translation>Língua do dossier</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Segunda língua</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Briefing packs</source>
        <translation>Dossiers de visita</translation>
    </message>
    <message>
        <source>Update channel address</source>
        <translation>Endereço do canal de atualizações</translation>
    </message>
    <message>
        <source>Data updates</source>
        <translation>Atualizações de dados</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>Back up my data…</source>
        <translation>Fazer cópia de segurança dos meus dados…</translation>
    </message>
    <message>
        <source>Clear recent records</source>
        <translation>Limpar registos recentes</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Os meus dados</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>Recent records cleared.</source>
        <translation>Registos recentes limpos.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Unidade</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nome do ficheiro:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Ficheiros do tipo:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Procurar em:</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retroceder</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Pasta superior</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Criar nova pasta</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Vista de lista</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Vista de detalhes</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Procurar em:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Ficheiros do &amp;tipo:</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Escolher</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ficheiros</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Barra lateral</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Locais recentes</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Mudar o nome</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Mostrar ficheiros &amp;ocultos</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nova pasta</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nova pasta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 já existe.
Quer substituí-lo?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Ficheiro não encontrado.
Verifique se indicou o nome correto do ficheiro.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Tem a certeza de que quer eliminar «%1»?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Data de modificação</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computador</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>O meu computador</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Mostrar pormenores…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ocultar pormenores…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Guardar tudo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sim para &amp;todos</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Nã&amp;o para todos</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abortar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Repor</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Repor predefinições</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Imprimir</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Opções &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Opções &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Imprimir para ficheiro (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Ficheiro local</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Escrever ficheiro PDF</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Imprimir para ficheiro…</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Todas as páginas</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Páginas ímpares</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Páginas pares</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Cópias</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Modo de cor</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Cores</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Tons de cinzento</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Impressão frente e verso</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Encadernação no lado maior</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Encadernação no lado menor</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Intervalo de impressão</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Imprimir tudo</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Páginas de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Indique páginas ou intervalos separados por vírgulas. Um intervalo são dois números separados por um hífen. Por exemplo: 3,5-7,9 imprime as páginas 3, 5, 6, 7 e 9.</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Página atual</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Seleção</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Conjunto de páginas:</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Definições de saída</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Cópias:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Agrupar</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Ordem inversa</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Impressora</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;ropriedades</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Localização:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Ficheiro de saída:</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar endereço da &amp;ligação</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>QuickOpenDialog</name>
    <message>
        <source>Open a recent or favourite record</source>
        <translation>Abrir um registo recente ou favorito</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Escreva para filtrar</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Recent and favourite records</source>
        <translation>Registos recentes e favoritos</translation>
    </message>
    <message>
        <source>Nothing to open yet: the records you open and your favourites appear here.</source>
        <translation>Ainda não há nada para abrir: os registos que abrir e os seus favoritos aparecem aqui.</translation>
    </message>
    <message>
        <source>No recent or favourite record matches “%1”.</source>
        <translation>Nenhum registo recente ou favorito corresponde a “%1”.</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>No recent records yet: the records you open appear here.</source>
        <translation>Ainda não há registos recentes: os registos que abrir aparecem aqui.</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Date unknown</source>
        <translation>Data desconhecida</translation>
    </message>
</context>
<context>
    <name>SavedFileBox</name>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
</context>
<context>
    <name>SavedPacksDialog</name>
    <message>
        <source>Saved packs</source>
        <translation>Pacotes guardados</translation>
    </message>
    <message>
        <source>No saved packs yet. In the briefing composer, choose Save pack… to keep one.</source>
        <translation>Ainda não há pacotes guardados. Na composição do dossier, escolha Guardar pacote… para guardar um.</translation>
    </message>
    <message>
        <source>Open and build again</source>
        <translation>Abrir e gerar de novo</translation>
    </message>
    <message>
        <source>Opens the pack&apos;s choices on today&apos;s catalogue</source>
        <translation>Abre as escolhas do pacote com o catálogo atual</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Mudar o nome…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Rename pack</source>
        <translation>Mudar o nome do pacote</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Another saved pack is called “%1”.</source>
        <translation>Já existe outro pacote guardado com o nome «%1».</translation>
    </message>
    <message>
        <source>Delete pack</source>
        <translation>Eliminar pacote</translation>
    </message>
    <message>
        <source>Delete the saved pack “%1”?</source>
        <translation>Eliminar o pacote guardado «%1»?</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>approximate: {name}</source>
        <translation>aproximado: {name}</translation>
    </message>
    <message>
        <source>Traditional → Simplified: {text}</source>
        <translation>Tradicional → Simplificado: {text}</translation>
    </message>
    <message>
        <source>pinyin: {text}</source>
        <translation>pinyin: {text}</translation>
    </message>
    <message>
        <source>has some of the words</source>
        <translation>contém apenas algumas das palavras</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <source>{count} results</source>
        <translation>{count} resultados</translation>
    </message>
    <message>
        <source>No match for “{query}”.</source>
        <translation>Nenhum resultado para “{query}”.</translation>
    </message>
    <message>
        <source>Tried: {list}.</source>
        <translation>Pesquisado em: {list}.</translation>
    </message>
    <message>
        <source>Did you mean “{suggestion}”?</source>
        <translation>Queria dizer “{suggestion}”?</translation>
    </message>
    <message>
        <source>No exact match for “{query}”; these are close.</source>
        <translation>Nada corresponde exatamente a “{query}”; estes resultados são próximos.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>names and aliases</source>
        <translation>nomes e designações alternativas</translation>
    </message>
    <message>
        <source>every text in three languages</source>
        <translation>todos os textos nas três línguas</translation>
    </message>
    <message>
        <source>similar spellings</source>
        <translation>grafias semelhantes</translation>
    </message>
    <message>
        <source>Simplified characters</source>
        <translation>caracteres simplificados</translation>
    </message>
    <message>
        <source>pinyin of Chinese names</source>
        <translation>pinyin dos nomes chineses</translation>
    </message>
    <message>
        <source>the number in other notations</source>
        <translation>o número noutras notações</translation>
    </message>
    <message>
        <source>records with only some of the words</source>
        <translation>registos com apenas algumas das palavras</translation>
    </message>
</context>
<context>
    <name>StopsEditor</name>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Type a place or event to add a stop…</source>
        <translation>Escreva um local ou evento para acrescentar uma paragem…</translation>
    </message>
    <message>
        <source>Add a stop</source>
        <translation>Acrescentar uma paragem</translation>
    </message>
    <message>
        <source>Places and events found</source>
        <translation>Locais e eventos encontrados</translation>
    </message>
    <message>
        <source>Stops in order</source>
        <translation>Paragens por ordem</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Seta para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Seta para baixo</translation>
    </message>
    <message>
        <source>Remove stop</source>
        <translation>Retirar paragem</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Note for this stop</source>
        <translation>Nota desta paragem</translation>
    </message>
    <message>
        <source>Brief on</source>
        <translation>A preparar</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de início</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fim</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Paragem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>not in your catalogue (%1)</source>
        <translation>não existe no seu catálogo (%1)</translation>
    </message>
    <message>
        <source>date not set</source>
        <translation>data por definir</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>fuso horário desconhecido</translation>
    </message>
</context>
<context>
    <name>UserDataActions</name>
    <message>
        <source>Import plan…</source>
        <translation>Importar plano…</translation>
    </message>
    <message>
        <source>Back up my data…</source>
        <translation>Fazer cópia de segurança dos meus dados…</translation>
    </message>
    <message>
        <source>Restore my data…</source>
        <translation>Restaurar os meus dados…</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Importar plano</translation>
    </message>
    <message>
        <source>Visit plans (*.iurcplan)</source>
        <translation>Planos de visita (*.iurcplan)</translation>
    </message>
    <message>
        <source>Back up my data</source>
        <translation>Fazer cópia de segurança dos meus dados</translation>
    </message>
    <message>
        <source>Your data was backed up to %1.</source>
        <translation>Foi feita uma cópia de segurança dos seus dados em %1.</translation>
    </message>
    <message>
        <source>Restore my data</source>
        <translation>Restaurar os meus dados</translation>
    </message>
    <message>
        <source>Everything in this backup is already here; nothing would change.</source>
        <translation>Tudo o que está nesta cópia de segurança já existe aqui; nada mudaria.</translation>
    </message>
    <message>
        <source>IURC Desktop backups (%1)</source>
        <translation>Cópias de segurança do IURC Desktop (%1)</translation>
    </message>
    <message>
        <source>Restoring adds and updates, and deletes nothing:</source>
        <translation>Restaurar acrescenta e atualiza, e não elimina nada:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Notes: %1 added, %2 updated</source>
        <translation>Notas: %1 adicionadas, %2 atualizadas</translation>
    </message>
    <message>
        <source>Favourites: %1 added</source>
        <translation>Favoritos: %1 acrescentados</translation>
    </message>
    <message>
        <source>Visit plans: %1 added, %2 updated</source>
        <translation>Planos de visita: %1 acrescentados, %2 atualizados</translation>
    </message>
    <message>
        <source>Saved briefing packs: %1 added, %2 updated</source>
        <translation>Dossiers de visita guardados: %1 acrescentados, %2 atualizados</translation>
    </message>
    <message>
        <source>Settings: %1 added</source>
        <translation>Definições: %1 acrescentadas</translation>
    </message>
</context>
<context>
    <name>VisitPlanDialog</name>
    <message>
        <source>Visit plans</source>
        <translation>Planos de visita</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>Plano de visita</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegação</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Briefing pack…</source>
        <translation>Dossier de visita…</translation>
    </message>
    <message>
        <source>New visit plan</source>
        <translation>Novo plano de visita</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Novo plano</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete plan…</source>
        <translation>Eliminar plano…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Acrescentar membro</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirar membro</translation>
    </message>
    <message>
        <source>Import plan…</source>
        <translation>Importar plano…</translation>
    </message>
    <message>
        <source>Export plan…</source>
        <translation>Exportar plano…</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>Exportar para o calendário…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>Plan &amp;language</source>
        <translation>&amp;Língua do plano</translation>
    </message>
    <message>
        <source>&amp;Delegation</source>
        <translation>&amp;Delegação</translation>
    </message>
    <message>
        <source>&amp;Stops</source>
        <translation>&amp;Paragens</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>no dates yet</source>
        <translation>ainda sem datas</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (cópia)</translation>
    </message>
    <message>
        <source>Delete the visit plan “%1”? This cannot be undone.</source>
        <translation>Eliminar o plano de visita “%1”? Não é possível anular.</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Eliminar plano</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Importar plano</translation>
    </message>
    <message>
        <source>Visit plans (*.iurcplan)</source>
        <translation>Planos de visita (*.iurcplan)</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Exportar plano</translation>
    </message>
    <message>
        <source>Include the plan&apos;s notes?</source>
        <translation>Incluir as notas do plano?</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Ficheiros de calendário (*.ics)</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Mostrar no mapa</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Visit briefing</source>
        <translation>Dossier de visita</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Preparado para</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegação</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Information as of</source>
        <translation>Informação à data de</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Página {n}</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Em resumo</translation>
    </message>
    <message>
        <source>Host profile</source>
        <translation>Perfil do anfitrião</translation>
    </message>
    <message>
        <source>History of cooperation</source>
        <translation>Historial de cooperação</translation>
    </message>
    <message>
        <source>Partners and places with shared interests</source>
        <translation>Parceiros e locais com interesses comuns</translation>
    </message>
    <message>
        <source>Clusters and cross-cutting challenges</source>
        <translation>Clusters e desafios transversais</translation>
    </message>
    <message>
        <source>People from previous exchanges</source>
        <translation>Pessoas de intercâmbios anteriores</translation>
    </message>
    <message>
        <source>Suggested talking points</source>
        <translation>Pontos de conversa sugeridos</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>As minhas notas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossário</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>Estudos de caso</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Pontos fortes</translation>
    </message>
    <message>
        <source>Cooperation interests</source>
        <translation>Interesses de cooperação</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Desafios</translation>
    </message>
    <message>
        <source>Cooperation areas</source>
        <translation>Áreas de cooperação</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Parcerias</translation>
    </message>
    <message>
        <source>Events and what was presented</source>
        <translation>Eventos e o que foi apresentado</translation>
    </message>
    <message>
        <source>Study visits</source>
        <translation>Visitas de estudo</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Números-chave</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lições aprendidas</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solução</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos passos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Nothing recorded in the catalogue.</source>
        <translation>Nada registado no catálogo.</translation>
    </message>
    <message>
        <source>(text not available in this language)</source>
        <translation>(texto não disponível nesta língua)</translation>
    </message>
    <message>
        <source>Raised by {name}</source>
        <translation>Referido por {name}</translation>
    </message>
    <message>
        <source>record removed from the catalogue</source>
        <translation>registo removido do catálogo</translation>
    </message>
    <message>
        <source>IUC</source>
        <translation>IUC</translation>
    </message>
    <message>
        <source>International Urban Cooperation, the EU programme of 2016–2020 that paired cities.</source>
        <translation>Cooperação Urbana Internacional, o programa da UE de 2016–2020 que emparelhou cidades.</translation>
    </message>
    <message>
        <source>IURC</source>
        <translation>IURC</translation>
    </message>
    <message>
        <source>International Urban and Regional Cooperation, the follow-on programme from 2021 for cities and regions.</source>
        <translation>Cooperação Urbana e Regional Internacional, o programa seguinte, desde 2021, para cidades e regiões.</translation>
    </message>
    <message>
        <source>Pilot city / region</source>
        <translation>Cidade / região-piloto</translation>
    </message>
    <message>
        <source>A city or region selected to take part in the programme and paired with counterparts.</source>
        <translation>Cidade ou região selecionada para o programa e emparelhada com homólogos.</translation>
    </message>
    <message>
        <source>Thematic network and cluster</source>
        <translation>Rede temática e cluster</translation>
    </message>
    <message>
        <source>The three networks group the cooperation by theme; each cluster is a narrower topic within a network.</source>
        <translation>As três redes agrupam a cooperação por tema; cada cluster é um tema mais restrito dentro de uma rede.</translation>
    </message>
    <message>
        <source>Cross-cutting challenge</source>
        <translation>Desafio transversal</translation>
    </message>
    <message>
        <source>A concern shared by all networks, such as digital transition or climate change.</source>
        <translation>Uma preocupação comum a todas as redes, como a transição digital ou as alterações climáticas.</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Visita de estudo</translation>
    </message>
    <message>
        <source>A delegation&apos;s visit to a partner to see projects on the ground and agree next steps.</source>
        <translation>Visita de uma delegação a um parceiro para conhecer projetos no terreno e acordar próximos passos.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Thematic network</source>
        <translation>Rede temática</translation>
    </message>
    <message>
        <source>Thematic cluster</source>
        <translation>Cluster temático</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribuição</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Parceria</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Estudo de caso</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Thematic networks</source>
        <translation>Redes temáticas</translation>
    </message>
    <message>
        <source>Thematic clusters</source>
        <translation>Clusters temáticos</translation>
    </message>
    <message>
        <source>Cross-cutting challenges</source>
        <translation>Desafios transversais</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Locais</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuições</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Província</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>Nova área</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferência</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Exposição</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Pertence a</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>Inclui</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Também conhecido como</translation>
    </message>
    <message>
        <source>What it presented</source>
        <translation>O que apresentou</translation>
    </message>
    <message>
        <source>Cooperation timeline</source>
        <translation>Cronologia da cooperação</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Parceiro</translation>
    </message>
    <message>
        <source>Visits and events</source>
        <translation>Visitas e eventos</translation>
    </message>
    <message>
        <source>Editors’ note:</source>
        <translation>Nota dos editores:</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Anfitriões</translation>
    </message>
    <message>
        <source>Visiting delegation</source>
        <translation>Delegação visitante</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Cluster managers</source>
        <translation>Gestores do cluster</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Webinars</translation>
    </message>
    <message>
        <source>Member places</source>
        <translation>Locais membros</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Foco</translation>
    </message>
    <message>
        <source>What each place presented</source>
        <translation>O que cada local apresentou</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palavras-chave</translation>
    </message>
    <message>
        <source>The challenge</source>
        <translation>O desafio</translation>
    </message>
    <message>
        <source>The solution</source>
        <translation>A solução</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Anos</translation>
    </message>
    <message>
        <source>Part of programme</source>
        <translation>Faz parte do programa</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Records from this source</source>
        <translation>Registos desta fonte</translation>
    </message>
    <message>
        <source>Some text is shown in another language because it is not yet available in this one.</source>
        <translation>Algum texto aparece noutra língua por ainda não estar disponível nesta.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizações</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Organismo público</translation>
    </message>
    <message>
        <source>EU service</source>
        <translation>Serviço da UE</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Organização internacional</translation>
    </message>
    <message>
        <source>Institute</source>
        <translation>Instituto</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universidade</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Network or platform</source>
        <translation>Rede ou plataforma</translation>
    </message>
    <message>
        <source>Park or development zone</source>
        <translation>Parque ou zona de desenvolvimento</translation>
    </message>
    <message>
        <source>Museum or cultural venue</source>
        <translation>Museu ou espaço cultural</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sites visited</source>
        <translation>Locais visitados</translation>
    </message>
    <message>
        <source>Where the catalogue departs from its sources</source>
        <translation>Onde o catálogo se afasta das fontes</translation>
    </message>
    <message>
        <source>You have no notes on these records.</source>
        <translation>Não tem notas sobre estes registos.</translation>
    </message>
    <message>
        <source>Why this visit</source>
        <translation>Porquê esta visita</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>About the theme</source>
        <translation>Sobre o tema</translation>
    </message>
    <message>
        <source>Webinars and meetings</source>
        <translation>Webinars e reuniões</translation>
    </message>
    <message>
        <source>Member places and what they presented</source>
        <translation>Locais membros e o que apresentaram</translation>
    </message>
    <message>
        <source>Thematic briefing</source>
        <translation>Informação temática</translation>
    </message>
    <message>
        <source>Pocket brief</source>
        <translation>Resumo de bolso</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Open the user guide</source>
        <translation>Abrir o guia do utilizador</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Novidades</translation>
    </message>
    <message>
        <source>IURC Desktop is the catalogue of the EU–China urban and regional cooperation programmes (IUC and IURC): the cities and regions that took part, their partnerships, events, case studies and people, in English, Chinese and Portuguese.</source>
        <translation>O IURC Desktop é o catálogo dos programas de cooperação urbana e regional entre a UE e a China (IUC e IURC): as cidades e regiões que participaram, as suas parcerias, eventos, estudos de caso e pessoas, em inglês, chinês e português.</translation>
    </message>
    <message>
        <source>Catalogue %1 of %2 is on this computer. Nothing needs a network: updates come as signed files that you import when you choose.</source>
        <translation>O catálogo %1 de %2 está neste computador. Nada precisa de rede: as atualizações chegam como ficheiros assinados que importa quando quiser.</translation>
    </message>
    <message>
        <source>Search: press Ctrl+K and type a city, a person or a theme, in any of the three languages.</source>
        <translation>Pesquisar: prima Ctrl+K e escreva uma cidade, uma pessoa ou um tema, em qualquer das três línguas.</translation>
    </message>
    <message>
        <source>A place: choose Places › China or Europe on the left and open a city&apos;s dossier.</source>
        <translation>Um local: escolha Locais › China ou Europa à esquerda e abra o dossier de uma cidade.</translation>
    </message>
    <message>
        <source>A pack: on a place&apos;s page press Ctrl+P to make a briefing pack to print or save as PDF.</source>
        <translation>Um dossier: na página de um local prima Ctrl+P para preparar um dossier de visita para imprimir ou guardar em PDF.</translation>
    </message>
    <message>
        <source>Welcome to IURC Desktop</source>
        <translation>Boas-vindas ao IURC Desktop</translation>
    </message>
    <message>
        <source>Where to start:</source>
        <translation>Por onde começar:</translation>
    </message>
    <message>
        <source>Press F1 at any time for the user guide.</source>
        <translation>Prima F1 a qualquer momento para abrir o guia do utilizador.</translation>
    </message>
    <message>
        <source>What&apos;s new in IURC Desktop %1</source>
        <translation>Novidades do IURC Desktop %1</translation>
    </message>
    <message>
        <source>This version brings small fixes.</source>
        <translation>Esta versão traz pequenas correções.</translation>
    </message>
</context>
<context>
    <name>WindowComforts</name>
    <message>
        <source>User guide</source>
        <translation>Guia do utilizador</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Novidades</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferências…</translation>
    </message>
    <message>
        <source>Open recent or favourite…</source>
        <translation>Abrir recente ou favorito…</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recentes</translation>
    </message>
</context>
</TS>
