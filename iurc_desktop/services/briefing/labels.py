"""The fixed words of a briefing pack in each language (packs are printed in their own language, not the UI's)."""

from __future__ import annotations

from iurc_desktop.domain.lang import Lang, LocalText


def _t(en: str, zh: str, pt: str) -> LocalText:
    return LocalText(en=en, zh=zh, pt=pt)


LABELS: dict[str, LocalText] = {
    "pack_title": _t("Visit briefing", "访问简报", "Dossier de visita"),
    "prepared_for": _t("Prepared for", "编制对象", "Preparado para"),
    "dates": _t("Dates", "日期", "Datas"),
    "delegation": _t("Delegation", "代表团", "Delegação"),
    "purpose": _t("Purpose", "目的", "Objetivo"),
    "language": _t("Language", "语言", "Língua"),
    "catalogue": _t("Catalogue", "资料库", "Catálogo"),
    "as_of": _t("Information as of", "信息截至", "Informação à data de"),
    "contents": _t("Contents", "目录", "Índice"),
    "page": _t("Page {n}", "第 {n} 页", "Página {n}"),
    "glance": _t("At a glance", "概览", "Em resumo"),
    "host": _t("Host profile", "东道方概况", "Perfil do anfitrião"),
    "history": _t("History of cooperation", "合作历程", "Historial de cooperação"),
    "partners": _t(
        "Partners and places with shared interests",
        "合作伙伴与共同关注的地方",
        "Parceiros e locais com interesses comuns",
    ),
    "themes": _t("Clusters and cross-cutting challenges", "主题集群与跨领域挑战", "Clusters e desafios transversais"),
    "people": _t("People from previous exchanges", "以往交流中的人员", "Pessoas de intercâmbios anteriores"),
    "talking_points": _t("Suggested talking points", "建议议题", "Pontos de conversa sugeridos"),
    "notes": _t("My notes", "我的笔记", "As minhas notas"),
    "sources": _t("Sources", "资料来源", "Fontes"),
    "glossary": _t("Glossary", "术语表", "Glossário"),
    "case_studies": _t("Case studies", "案例研究", "Estudos de caso"),
    "event": _t("Event", "活动", "Evento"),
    "country": _t("Country", "国家", "País"),
    "level": _t("Level", "级别", "Nível"),
    "programmes": _t("Programmes", "参与项目", "Programas"),
    "strengths": _t("Strengths", "优势", "Pontos fortes"),
    "interests": _t("Cooperation interests", "合作意向", "Interesses de cooperação"),
    "challenges": _t("Challenges", "挑战", "Desafios"),
    "cooperation": _t("Cooperation areas", "合作领域", "Áreas de cooperação"),
    "partnerships": _t("Partnerships", "伙伴关系", "Parcerias"),
    "events": _t("Events and what was presented", "参与的活动及介绍内容", "Eventos e o que foi apresentado"),
    "study_visits": _t("Study visits", "考察访问", "Visitas de estudo"),
    "key_figures": _t("Key figures", "关键数据", "Números-chave"),
    "results": _t("Results", "成果", "Resultados"),
    "lessons": _t("Lessons learned", "经验教训", "Lições aprendidas"),
    "solution": _t("Solution", "解决方案", "Solução"),
    "next_steps": _t("Next steps", "后续步骤", "Próximos passos"),
    "status": _t("Status", "状态", "Estado"),
    "topic": _t("Topic", "主题", "Tema"),
    "since": _t("Since", "始于", "Desde"),
    "role": _t("Role", "职务", "Função"),
    "none": _t("Nothing recorded in the catalogue.", "资料库中暂无记录。", "Nada registado no catálogo."),
    "fallback": _t(
        "(text not available in this language)", "（此语言暂无文本）", "(texto não disponível nesta língua)"
    ),
    "from_point": _t("Raised by {name}", "由{name}提出", "Referido por {name}"),
    "removed": _t("record removed from the catalogue", "该记录已从资料库中删除", "registo removido do catálogo"),
}

GLOSSARY: tuple[tuple[LocalText, LocalText], ...] = (
    (
        _t("IUC", "IUC（国际城市合作项目）", "IUC"),
        _t(
            "International Urban Cooperation, the EU programme of 2016–2020 that paired cities.",
            "国际城市合作项目，欧盟2016–2020年推动城市结对合作的项目。",
            "Cooperação Urbana Internacional, o programa da UE de 2016–2020 que emparelhou cidades.",
        ),
    ),
    (
        _t("IURC", "IURC（国际城市与区域合作项目）", "IURC"),
        _t(
            "International Urban and Regional Cooperation, the follow-on programme from 2021 for cities and regions.",
            "国际城市与区域合作项目，2021年起面向城市和地区的后续项目。",
            "Cooperação Urbana e Regional Internacional, o programa seguinte, desde 2021, para cidades e regiões.",
        ),
    ),
    (
        _t("Pilot city / region", "试点城市/地区", "Cidade / região-piloto"),
        _t(
            "A city or region selected to take part in the programme and paired with counterparts.",
            "入选项目并与对口方结对的城市或地区。",
            "Cidade ou região selecionada para o programa e emparelhada com homólogos.",
        ),
    ),
    (
        _t("Thematic network and cluster", "主题网络与集群", "Rede temática e cluster"),
        _t(
            "The three networks group the cooperation by theme; each cluster is a narrower topic within a network.",
            "三个主题网络按主题组织合作，每个集群是网络下更具体的议题。",
            "As três redes agrupam a cooperação por tema; cada cluster é um tema mais restrito dentro de uma rede.",
        ),
    ),
    (
        _t("Cross-cutting challenge", "跨领域挑战", "Desafio transversal"),
        _t(
            "A concern shared by all networks, such as digital transition or climate change.",
            "所有网络共同关注的问题，例如数字化转型或气候变化。",
            "Uma preocupação comum a todas as redes, como a transição digital ou as alterações climáticas.",
        ),
    ),
    (
        _t("Study visit", "考察访问", "Visita de estudo"),
        _t(
            "A delegation's visit to a partner to see projects on the ground and agree next steps.",
            "代表团赴合作方实地考察项目并商定后续步骤的访问。",
            "Visita de uma delegação a um parceiro para conhecer projetos no terreno e acordar próximos passos.",
        ),
    ),
)


def label(key: str, lang: Lang) -> str:
    return LABELS[key].in_lang(lang)


PLACE_LEVELS: dict[str, LocalText] = {
    "country": _t("Country", "国家", "País"),
    "province": _t("Province", "省", "Província"),
    "region": _t("Region", "地区", "Região"),
    "city": _t("City", "城市", "Cidade"),
    "county": _t("County", "县", "Condado"),
    "district": _t("District", "区", "Distrito"),
    "new-area": _t("New area", "新区", "Nova área"),
}

EVENT_TYPES: dict[str, LocalText] = {
    "webinar": _t("Webinar", "网络研讨会", "Webinar"),
    "study-visit": _t("Study visit", "考察访问", "Visita de estudo"),
    "meeting": _t("Meeting", "会议", "Reunião"),
    "conference": _t("Conference", "大会", "Conferência"),
    "workshop": _t("Workshop", "研讨会", "Workshop"),
    "exhibition": _t("Exhibition", "博览会", "Exposição"),
}
