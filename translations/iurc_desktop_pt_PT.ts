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
        <source>Licence file missing.</source>
        <translation>Falta o ficheiro de licenças.</translation>
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
        <source>Save selection…</source>
        <translation>Guardar seleção…</translation>
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
        <source>Save selection</source>
        <translation>Guardar seleção</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Selection saved.</source>
        <translation>Seleção guardada.</translation>
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
        <source>Write a note on this record…</source>
        <translation>Escreva uma nota sobre este registo…</translation>
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
        <source>This record is not in the current catalogue.</source>
        <translation>Este registo não existe no catálogo atual.</translation>
    </message>
    <message>
        <source>“%1” was removed in catalogue version %2. Your notes on it are kept below.</source>
        <translation>«%1» foi removido na versão %2 do catálogo. As suas notas sobre ele continuam abaixo.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong inside IURC Desktop. Details are in the log: {log}</source>
        <translation>Ocorreu um problema interno no IURC Desktop. Os pormenores estão no registo: {log}</translation>
    </message>
    <message>
        <source>There is no {kind} with the id “{id}” in this catalogue.</source>
        <translation>Não existe nenhum registo do tipo {kind} com o identificador «{id}» neste catálogo.</translation>
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
        <source>The bundle is signed by an unknown key ({key}). Trust that key first if you know its publisher.</source>
        <translation>O pacote está assinado por uma chave desconhecida ({key}). Se conhece o editor, confie primeiro nessa chave.</translation>
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
        <source>Check for updates</source>
        <translation>Procurar atualizações</translation>
    </message>
    <message>
        <source>Check once a day when the app starts</source>
        <translation>Procurar uma vez por dia ao iniciar a aplicação</translation>
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
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Not imported: %1. Nothing was changed.</source>
        <translation>Não importado: %1. Nada foi alterado.</translation>
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
        <source>No match for “%1”.</source>
        <translation>Nenhum resultado para “%1”.</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Queria dizer “%1”?</translation>
    </message>
    <message>
        <source>my note</source>
        <translation>a minha nota</translation>
    </message>
    <message>
        <source>Open a place, event, partnership or case study first.</source>
        <translation>Abra primeiro um local, evento, parceria ou estudo de caso.</translation>
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
        <source>Plan import is not available yet.</source>
        <translation>A importação de planos ainda não está disponível.</translation>
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
    <name>RecordPage</name>
    <message>
        <source>Some text is shown in another language because it is not yet available in this one.</source>
        <translation>Algum texto aparece noutra língua por ainda não estar disponível nesta.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Pertence a</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Também conhecido como</translation>
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
        <source>Where</source>
        <translation>Onde</translation>
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
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
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
        <source>Next steps</source>
        <translation>Próximos passos</translation>
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
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Cross-cutting challenges</source>
        <translation>Desafios transversais</translation>
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
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lições aprendidas</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Estudo de caso</translation>
    </message>
    <message>
        <source>Editors’ note:</source>
        <translation>Nota dos editores:</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Números-chave</translation>
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
        <source>Cross-cutting challenge</source>
        <translation>Desafio transversal</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
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
        <source>Partnerships</source>
        <translation>Parcerias</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>Estudos de caso</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
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
        <source>Filter places</source>
        <translation>Filtrar locais</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>Dates known</source>
        <translation>Datas conhecidas</translation>
    </message>
    <message>
        <source>One member per line</source>
        <translation>Um membro por linha</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datas</translation>
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
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
</context>
</TS>
