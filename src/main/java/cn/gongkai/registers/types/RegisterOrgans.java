package cn.gongkai.registers.types;

import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;

/** {@link OrganDirectory} over the organization module; read per call, so every node sees a rename at once. */
@Component
class RegisterOrgans implements OrganDirectory {

    private final Organization organization;

    RegisterOrgans(Organization organization) {
        this.organization = organization;
    }

    @Override
    public Optional<Long> resolve(String value) {
        String v = value.trim();
        if (v.matches("[0-9]{1,18}")) {
            Optional<Organ> byId = organization.organ(Long.parseLong(v));
            if (byId.isPresent()) {
                return byId.map(Organ::getId);
            }
        }
        Optional<Organ> byCode = organization.organByCode(v);
        if (byCode.isPresent()) {
            return byCode.map(Organ::getId);
        }
        // names are unique among organs (OrganAdministration refuses a second), short names may not be
        var all = organization.all();
        Optional<Organ> byName = all.stream().filter(o -> v.equals(o.getName())).findFirst();
        if (byName.isPresent()) {
            return byName.map(Organ::getId);
        }
        var byShort = all.stream().filter(o -> v.equals(o.getShortName())).toList();
        return byShort.size() == 1 ? Optional.of(byShort.get(0).getId()) : Optional.empty();
    }

    @Override
    public Optional<String> name(long organId) {
        return organization.organ(organId).map(Organ::getName);
    }
}
