package cn.dangjian.member.internal;

import java.util.Optional;

import cn.dangjian.member.MemberKind;
import cn.dangjian.member.MembershipStatus;
import cn.dangjian.org.MemberDirectory;
import org.springframework.stereotype.Component;

/** Answers the organization tree's questions about members (post holders, members left in an org). */
@Component
class MemberDirectoryAdapter implements MemberDirectory {

    private final MemberStore store;

    MemberDirectoryAdapter(MemberStore store) {
        this.store = store;
    }

    @Override
    public Optional<MemberCard> card(long memberId) {
        return store.find(memberId).filter(m -> m.status().current())
                .map(m -> new MemberCard(m.id(), m.name(), m.orgId(),
                        m.kind() == MemberKind.FULL && m.status() == MembershipStatus.NORMAL));
    }

    @Override
    public long currentMembersOf(long orgId) {
        return store.currentMembersOf(orgId);
    }
}
